#include "ReviewController.h"

#include "CrossRecordRules.h"
#include "ReviewClient.h"
#include "ReviewContent.h"
#include "SyncEngine.h"
#include "Validator.h"

namespace junheng {

namespace {

QString timeText(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

ReviewController::ReviewController(LocalStore *store, const FormCatalog *catalog, SyncEngine *engine,
                                   QObject *parent)
    : QObject(parent), m_store(store), m_catalog(catalog), m_client(std::make_unique<ReviewClient>(store))
{
    connect(m_client.get(), &ReviewClient::finished, this,
            [this](bool ok, const QJsonObject &, const QString &message) { finishDecision(ok, message); });
    // A sync may bring a new submission, another reviewer's decision or corrected data.
    if (engine)
        connect(engine, &SyncEngine::syncFinished, this, [this] {
            if (isOpen())
                reload();
            emit reviewDataChanged();
        });
}

ReviewController::~ReviewController() = default;

QString ReviewController::cycleKey() const
{
    const std::optional<Enrolment> enrolment = m_store->enrolment();
    if (!enrolment)
        return {};
    return enrolment->cycleId.isEmpty() ? enrolment->cycleName : enrolment->cycleId;
}

QString ReviewController::stateLabel() const
{
    return ReviewContent::stateLabel(m_submission.state);
}

int ReviewController::pageCount() const
{
    return std::max(1, (m_shownRows + PageSize - 1) / PageSize);
}

bool ReviewController::open(const QString &schoolCode, const QString &formId)
{
    const std::optional<Enrolment> enrolment = m_store->enrolment();
    const FormDefinition *form = m_catalog->find(formId);
    if (!enrolment ||
        (enrolment->role != QLatin1String("town") && enrolment->role != QLatin1String("county"))) {
        setNotice(tr("只有镇街或县登记的电脑能审核学校的表。"), true);
        return false;
    }
    if (!form) {
        setNotice(tr("本机没有表“%1”的定义，无法打开。请先同步，取回本周期的表。").arg(formId), true);
        return false;
    }
    if (m_form != form || m_schoolCode != schoolCode) {
        m_comments.clear();
        m_page = 0;
        m_rowFilter = 0;
        emit commentsChanged();
    }
    m_form = form;
    m_schoolCode = schoolCode;
    m_schoolName = schoolCode;
    m_townName.clear();
    for (const DirectorySchool &school : m_store->directory())
        if (school.code == schoolCode) {
            m_schoolName = school.name;
            m_townName = school.townName;
        }
    setNotice({}, false);
    reload();
    emit opened();
    return true;
}

void ReviewController::reload()
{
    if (!m_form)
        return;
    const QString cycle = cycleKey();
    m_submission = m_store->submission(cycle, m_schoolCode, m_form->id);
    m_history.clear();
    m_submittedText.clear();
    for (const ReviewNote &note : m_store->reviewHistory(cycle, m_schoolCode, m_form->id)) {
        QVariantList texts;
        for (const ReviewNoteComment &comment : note.comments)
            texts << tr("%1：%2").arg(whereOf(comment.recordUuid, comment.field), comment.text);
        m_history << QVariantMap{{"at", timeText(note.at)},
                                 {"by", note.byName},
                                 {"role", ReviewContent::roleLabel(note.byRole)},
                                 {"state", note.state},
                                 {"stateLabel", note.state == QLatin1String("submitted")  ? tr("提交")
                                                : note.state == QLatin1String("returned") ? tr("退回")
                                                                                          : tr("通过")},
                                 {"late", note.late},
                                 {"comments", texts}};
        if (note.state == QLatin1String("submitted"))
            m_submittedText = (note.late ? tr("%1 于 %2 提交（逾期）") : tr("%1 于 %2 提交"))
                                  .arg(note.byName.isEmpty() ? m_schoolName : note.byName, timeText(note.at));
    }
    if (m_submittedText.isEmpty())
        m_submittedText = tr("服务器还没有收到这份表。");

    m_fields.clear();
    m_issues.clear();
    m_recordUuid.clear();
    m_emptyText.clear();
    m_issueSummary.clear();
    if (m_form->kind == FormKind::Single) {
        const std::optional<LocalRecord> record = m_store->singleRecord(m_form->id, m_schoolCode, cycle);
        if (!record) {
            m_emptyText =
                tr("本机还没有这所学校的%1。学校提交后，同步一次就能看到。").arg(m_form->title.text());
        } else if (record->locked) {
            m_emptyText = tr("这份表是加密保存的学生健康数据，请先输入 PIN 解锁。");
        } else {
            m_recordUuid = record->uuid;
            m_fields = ReviewContent::fieldItems(*m_form, record->payload);
            const ValidationReport report = Validator::validate(*m_form, record->payload);
            m_issues = ReviewContent::issueItems(*m_form, report);
            m_issueSummary = report.issues.isEmpty()
                                 ? tr("数据检查：没有发现问题。")
                                 : tr("数据检查：%1 处错误，%2 处提醒（其中 %3 处学校写了说明）。")
                                       .arg(report.hardCount())
                                       .arg(report.softCount())
                                       .arg(report.softCount() - report.unreasonedSoftCount());
        }
    } else {
        auto counts = m_store->rosterIssueCounts(*m_form, m_schoolCode, cycle);
        if (counts && counts->rows == 0)
            m_emptyText =
                tr("本机还没有这所学校%1的名单。学校提交后，同步一次就能看到。").arg(m_form->title.text());
        else if (counts)
            m_issueSummary = tr("数据检查：共 %1 行，%2 行有错误，%3 行有提醒。")
                                 .arg(counts->rows)
                                 .arg(counts->rowsWithErrors)
                                 .arg(counts->rowsWithWarnings);
        // Rules across the rows against another form (S2's headcounts against S1): read every row only then.
        QHash<QString, LinkedRecord> linked;
        for (const FormRule &rule : m_form->rules)
            if (rule.kind == QLatin1String("sum_matches") && !linked.contains(rule.form))
                if (const auto other = m_store->singleRecord(rule.form, m_schoolCode, cycle))
                    linked.insert(rule.form, LinkedRecord{m_catalog->find(rule.form), other->payload});
        if (!linked.isEmpty() && counts && counts->rows > 0) {
            QList<QJsonObject> all;
            RosterQuery query;
            query.schoolCode = m_schoolCode;
            query.cycle = cycle;
            query.limit = 1000;
            for (;;) {
                auto chunk = m_store->rosterPage(*m_form, query);
                if (!chunk || chunk.value().isEmpty())
                    break;
                for (const RosterRow &row : chunk.value())
                    all << row.record.payload;
                if (chunk.value().size() < query.limit)
                    break;
                query.offset += query.limit;
            }
            for (const RowIssue &issue : CrossRecordRules::check(*m_form, all, linked))
                if (issue.row < 0)
                    m_issues << QVariantMap{{"fieldId", issue.fieldId},
                                            {"label", QString()},
                                            {"severity", issue.severity == Severity::Hard ? "hard" : "soft"},
                                            {"message", issue.message},
                                            {"reason", QString()}};
        }
        loadRows();
    }
    m_indicators = ReviewContent::indicatorItems(*m_store, *m_catalog, m_schoolCode, cycle, m_form->id,
                                                 &m_indicatorSummary);
    emit contentChanged();
}

void ReviewController::loadRows()
{
    m_rows.clear();
    m_rowsText.clear();
    m_shownRows = 0;
    if (!m_form || m_form->kind != FormKind::Roster)
        return emit rowsChanged();
    RosterQuery query;
    query.schoolCode = m_schoolCode;
    query.cycle = cycleKey();
    query.issues = RosterIssueFilter(std::clamp(m_rowFilter, 0, 2));
    auto shown = m_store->rosterCount(*m_form, query);
    m_shownRows = shown ? shown.value() : 0;
    m_page = std::clamp(m_page, 0, pageCount() - 1);
    query.offset = m_page * PageSize;
    query.limit = PageSize;
    auto page = m_store->rosterPage(*m_form, query);
    if (!page) {
        m_rowsText = page.error().message;
        return emit rowsChanged();
    }
    int number = query.offset;
    for (const RosterRow &row : page.value()) {
        ++number;
        QStringList messages, reasons;
        const ValidationReport report = Validator::validate(*m_form, row.record.payload);
        for (const ValidationIssue &issue : report.issues) {
            messages << issue.message;
            if (!issue.reason.trimmed().isEmpty())
                reasons << issue.reason.trimmed();
        }
        if (row.duplicate)
            messages << tr("与另一行的编号重复。");
        const QString severity = row.hardCount > 0   ? QStringLiteral("hard")
                                 : row.softCount > 0 ? QStringLiteral("soft")
                                                     : QString();
        m_rows << QVariantMap{{"uuid", row.record.uuid},
                              {"number", number},
                              {"title", ReviewContent::rowTitle(*m_form, row.record.payload)},
                              {"summary", row.record.locked
                                              ? tr("（加密数据，输入 PIN 后可见）")
                                              : ReviewContent::rowSummary(*m_form, row.record.payload)},
                              {"severity", severity},
                              {"messages", messages.join(QLatin1Char('\n'))},
                              {"reasons", reasons.join(tr("；"))}};
    }
    m_rowsText = m_shownRows == 0 ? tr("没有符合条件的行。")
                                  : tr("第 %1–%2 行，共 %3 行（第 %4/%5 页）")
                                        .arg(query.offset + 1)
                                        .arg(number)
                                        .arg(m_shownRows)
                                        .arg(m_page + 1)
                                        .arg(pageCount());
    emit rowsChanged();
}

void ReviewController::showPage(int page)
{
    m_page = page;
    loadRows();
}

void ReviewController::setRowFilter(int filter)
{
    if (filter == m_rowFilter)
        return;
    m_rowFilter = filter;
    m_page = 0;
    loadRows();
}

QVariantList ReviewController::rowFields(const QString &uuid) const
{
    const std::optional<LocalRecord> record = m_store->record(uuid);
    if (!m_form || !record)
        return {};
    return ReviewContent::fieldItems(*m_form, record->payload);
}

QString ReviewController::rowTitle(const QString &uuid) const
{
    const std::optional<LocalRecord> record = m_store->record(uuid);
    if (!m_form || !record)
        return tr("（已删除的行）");
    return ReviewContent::rowTitle(*m_form, record->payload);
}

QString ReviewController::whereOf(const QString &recordUuid, const QString &fieldId) const
{
    const FormField *field = m_form ? m_form->field(fieldId) : nullptr;
    const QString label = field ? field->label.text() : fieldId;
    if (m_form && m_form->kind == FormKind::Roster && !recordUuid.isEmpty()) {
        const QString row = rowTitle(recordUuid);
        return fieldId.isEmpty() ? tr("%1 · 整行").arg(row) : tr("%1 · %2").arg(row, label);
    }
    return fieldId.isEmpty() ? tr("整张表") : label;
}

QVariantList ReviewController::comments() const
{
    QVariantList list;
    for (const Comment &comment : m_comments)
        list << QVariantMap{{"recordUuid", comment.recordUuid},
                            {"fieldId", comment.fieldId},
                            {"where", whereOf(comment.recordUuid, comment.fieldId)},
                            {"text", comment.text}};
    return list;
}

QString ReviewController::addComment(const QString &recordUuid, const QString &fieldId, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!m_form)
        return tr("请先打开要审核的表。");
    if (trimmed.isEmpty())
        return tr("意见是空的：请写明哪里不对、要学校怎么改。");
    if (trimmed.size() > MaxCommentLength)
        return tr("一条意见最多 %1 个字，现在是 %2 个字。请分成几条写。")
            .arg(MaxCommentLength)
            .arg(trimmed.size());
    if (m_comments.size() >= MaxComments)
        return tr("一次退回最多 %1 条意见。请把同类的问题合成一条。").arg(MaxComments);
    if (!fieldId.isEmpty() && !m_form->field(fieldId))
        return tr("表“%1”没有数据项“%2”。").arg(m_form->id, fieldId);
    m_comments.append(Comment{recordUuid, fieldId, trimmed});
    emit commentsChanged();
    return {};
}

void ReviewController::removeComment(int index)
{
    if (index < 0 || index >= m_comments.size())
        return;
    m_comments.removeAt(index);
    emit commentsChanged();
}

void ReviewController::setReviewer(const QString &name)
{
    if (name == m_reviewer)
        return;
    m_reviewer = name;
    emit reviewerChanged();
}

bool ReviewController::canApprove() const
{
    return m_form && m_submission.state == QLatin1String("submitted");
}

bool ReviewController::canReturn() const
{
    return m_form && (m_submission.state == QLatin1String("submitted") ||
                      m_submission.state == QLatin1String("approved"));
}

QString ReviewController::decisionHint() const
{
    const QString state = m_submission.state;
    if (state == QLatin1String("submitted"))
        return tr("学校已提交，等待审核：没有问题就“通过”；要学校修改就写好意见后“退回”。");
    if (state == QLatin1String("approved"))
        return tr("已通过。如发现问题，写好意见后仍可“退回”，让学校重新修改。");
    if (state == QLatin1String("returned"))
        return tr("已退回，正等学校改正后重新提交；学校重新提交后才能再审核。");
    return tr("学校还没有提交这份表，暂时不能审核。");
}

bool ReviewController::approve()
{
    return decide(true);
}

bool ReviewController::returnForm()
{
    return decide(false);
}

bool ReviewController::decide(bool approve)
{
    if (!m_form || m_busy)
        return false;
    const QString reviewer = m_reviewer.trimmed();
    if (reviewer.isEmpty() || reviewer.size() > MaxReviewerLength) {
        setNotice(
            reviewer.isEmpty()
                ? tr("请先在“审核人”里填写您的姓名，它会记在审核记录里。")
                : tr("审核人姓名最多 %1 个字，现在是 %2 个字。").arg(MaxReviewerLength).arg(reviewer.size()),
            true);
        return false;
    }
    if (approve ? !canApprove() : !canReturn()) {
        setNotice(decisionHint(), true);
        return false;
    }
    if (!approve && m_comments.isEmpty()) {
        setNotice(tr("退回必须至少写一条意见：点有问题的数据项（或名单的某一行）写明要学校怎么改，"
                     "或在“对整张表的意见”里写。"),
                  true);
        return false;
    }
    QList<ReviewNoteComment> comments;
    for (const Comment &comment : m_comments)
        comments.append(ReviewNoteComment{comment.recordUuid, comment.fieldId, comment.text});
    m_pendingApprove = approve;
    setBusy(true);
    setNotice(approve ? tr("正在提交“通过”……") : tr("正在退回给学校……"), false);
    m_client->decide(m_schoolCode, m_form->id, approve, reviewer,
                     approve ? QList<ReviewNoteComment>{} : comments);
    return true;
}

void ReviewController::finishDecision(bool ok, const QString &message)
{
    if (!m_busy)
        return;
    setBusy(false);
    if (ok) {
        const int count = int(m_comments.size());
        if (!m_pendingApprove) {
            m_comments.clear();
            emit commentsChanged();
        }
        reload();
        setNotice(m_pendingApprove ? tr("已通过。")
                                   : tr("已退回给学校，附 %1 条意见。学校同步后就能看到。").arg(count),
                  false);
        emit reviewDataChanged();
        emit decided(true);
        return;
    }
    const QString code = m_client->lastErrorCode();
    const QString kept =
        m_comments.isEmpty() ? QString() : tr("您写的 %1 条意见都还在。").arg(m_comments.size());
    const QString again = m_pendingApprove ? tr("通过") : tr("退回");
    QString text;
    if (code == QLatin1String("http.unreachable") || code == QLatin1String("http.timeout"))
        text =
            tr("连不上服务器，审核结果没有提交：审核要联网才能生效。%1联网后再点一次“%2”。").arg(kept, again);
    else if (code == QLatin1String("review.stale"))
        text = tr("学校在您打开这份表之后又重新提交了，服务器没有接受这次审核。请先同步，看过学校的新数据后再"
                  "审核。%1")
                   .arg(kept);
    else if (code == QLatin1String("review.state"))
        text = tr("服务器没有接受这次审核：%1 请先同步，看这份表现在的状态。%2").arg(message, kept);
    else if (code == QLatin1String("scope.forbidden"))
        text = tr("服务器拒绝了这次审核：%1 "
                  "只有本镇街（或县）登记的电脑能审核本辖区学校的表；如有疑问请联系县教育局。")
                   .arg(message);
    else if (code.startsWith(QLatin1String("auth.")))
        text = tr("本机的登记已失效，服务器不接受它的请求。请向县教育局要新的登记码重新登记。%1").arg(kept);
    else
        text = tr("审核结果没有提交：%1 %2").arg(message, kept);
    setNotice(text.trimmed(), true);
    // Another reviewer may have decided, or the school sent again: show what the store knows now.
    reload();
    emit decided(false);
}

void ReviewController::setNotice(const QString &text, bool isError)
{
    if (text == m_notice && isError == m_noticeIsError)
        return;
    m_notice = text;
    m_noticeIsError = isError;
    emit noticeChanged();
}

void ReviewController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void ReviewController::clearNotice()
{
    setNotice({}, false);
}

void ReviewController::leave()
{
    setNotice({}, false);
}

} // namespace junheng
