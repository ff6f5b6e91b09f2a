#include "ImportController.h"

#include "ColumnMapping.h"
#include "ErrorReport.h"
#include "Importer.h"
#include "RosterController.h"

#include <QFileInfo>

namespace junheng {

namespace {

// The layout column (or the form's label) a header names, as ColumnMapping matches them; used to show
// which headers are already understood even when the file is refused for a missing column.
QString matchedField(const Layout &layout, const FormDefinition &form, const QString &header)
{
    const QString canonical = Layout::canonicalHeader(header);
    if (canonical.isEmpty())
        return {};
    for (const LayoutColumn &column : layout.columns) {
        if (Layout::canonicalHeader(column.header) == canonical)
            return column.fieldId;
        for (const QString &alias : column.aliases) {
            if (Layout::canonicalHeader(alias) == canonical)
                return column.fieldId;
        }
        const FormField *field = form.field(column.fieldId);
        if (field && Layout::canonicalHeader(field->label.zh) == canonical)
            return column.fieldId;
    }
    return {};
}

// The header row to offer for mapping when ColumnMapping refused the file: of the first rows, the one
// naming the most layout columns (then the one with the most cells).
int likelyHeaderIndex(const SheetData &sheet, const Layout &layout, const FormDefinition &form)
{
    int best = -1;
    std::pair<int, int> bestScore{-1, -1};
    for (int i = 0; i < std::min<int>(10, int(sheet.rows.size())); ++i) {
        int named = 0;
        int filled = 0;
        for (const QString &cell : sheet.rows.at(i).cells) {
            filled += cell.trimmed().isEmpty() ? 0 : 1;
            named += matchedField(layout, form, cell).isEmpty() ? 0 : 1;
        }
        if (std::pair{named, filled} > bestScore) {
            bestScore = {named, filled};
            best = i;
        }
    }
    return best;
}

QString severityName(Severity severity)
{
    return severity == Severity::Hard ? QStringLiteral("hard") : QStringLiteral("soft");
}

} // namespace

struct ImportController::CheckOutcome
{
    std::optional<ImportPreview> preview;
    std::optional<Error> error;
    QStringList headers;
    QHash<QString, QString> detected;
};

struct ImportController::WriteOutcome
{
    std::optional<Error> error;
    RosterUpsertResult result;
    int written = 0;
    bool cancelled = false;
};

ImportController::ImportController(LocalStore *store, RosterController *roster, QObject *parent)
    : QObject(parent), m_store(store), m_roster(roster)
{}

ImportController::~ImportController()
{
    m_cancel = true;
    if (m_worker) {
        m_worker->wait();
        delete m_worker.data();
    }
}

bool ImportController::canImport(const QString &formId) const
{
    return Layout::forForm(formId) != nullptr;
}

bool ImportController::begin()
{
    cancel();
    const FormDefinition *form = m_roster ? m_roster->model()->form() : nullptr;
    if (!form || !Layout::forForm(form->id))
        return false;
    m_form = form;
    m_layout = Layout::forForm(form->id);
    m_schoolCode = m_roster->model()->schoolCode();
    m_cycle = m_roster->model()->cycle();
    m_path.clear();
    m_fileError.clear();
    m_preview.reset();
    m_headers.clear();
    m_detected.clear();
    m_mapping.clear();
    m_page = 0;
    m_done = m_total = 0;
    setNotice({}, false);
    setStage(QStringLiteral("choose"));
    emit formChanged();
    emit fileChanged();
    emit previewChanged();
    emit mappingChanged();
    emit pageChanged();
    emit progressChanged();
    return true;
}

void ImportController::chooseFile(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty())
        return;
    if (path != m_path)
        m_mapping.clear(); // another file has other headers
    m_path = path;
    emit fileChanged();
    check();
}

void ImportController::setMapping(const QString &header, const QString &fieldId)
{
    if (fieldId.isEmpty())
        m_mapping.remove(header);
    else
        m_mapping.insert(header, fieldId);
    emit mappingChanged();
}

void ImportController::setLayoutId(const QString &id)
{
    const Layout *layout = Layout::byId(id);
    if (!layout || !m_form || layout->formId != m_form->id || layout == m_layout)
        return;
    m_layout = layout;
    m_mapping.clear();
    emit formChanged();
    if (!m_path.isEmpty())
        check();
}

bool ImportController::busy() const
{
    return m_worker && m_worker->isRunning();
}

void ImportController::startWorker(std::function<void()> work)
{
    if (m_worker) { // a cancelled run stops within a hundred rows
        m_worker->wait();
        delete m_worker.data();
    }
    m_cancel = false;
    m_worker = QThread::create(std::move(work));
    connect(m_worker, &QThread::finished, this, &ImportController::busyChanged);
    m_worker->start();
    emit busyChanged();
}

void ImportController::check()
{
    if (!m_form || !m_layout || m_path.isEmpty())
        return;
    const int generation = ++m_generation;
    m_preview.reset();
    m_fileError.clear();
    m_done = 0;
    m_total = 0;
    m_page = 0;
    setNotice({}, false);
    setStage(QStringLiteral("checking"));
    emit fileChanged();
    emit previewChanged();
    emit progressChanged();

    const FormDefinition *form = m_form;
    const Layout *layout = m_layout;
    const QString path = m_path;
    QHash<QString, QString> mapping = m_mapping;
    startWorker([this, generation, form, layout, path, mapping] {
        auto outcome = std::make_shared<CheckOutcome>();
        auto sheet = Importer::readSheet(path);
        if (!sheet) {
            outcome->error = sheet.error();
        } else {
            auto detected = ColumnMapping::detect(sheet.value(), *layout, *form, mapping);
            const int headerIndex =
                detected ? detected->headerIndex : likelyHeaderIndex(sheet.value(), *layout, *form);
            if (headerIndex >= 0) {
                for (const QString &cell : sheet->rows.at(headerIndex).cells) {
                    const QString header = cell.trimmed();
                    if (header.isEmpty() || outcome->headers.contains(header))
                        continue;
                    outcome->headers << header;
                    if (const QString field = matchedField(*layout, *form, header); !field.isEmpty())
                        outcome->detected.insert(header, field);
                }
            }
            if (!detected) {
                outcome->error = detected.error();
            } else {
                ImportOptions options;
                options.mapping = mapping;
                options.cancel = &m_cancel;
                int lastPosted = -1;
                options.progress = [this, generation, &lastPosted](int done, int total) {
                    if (done - lastPosted < std::max(1, total / 50) && done != total)
                        return; // ~50 updates whatever the size
                    lastPosted = done;
                    QMetaObject::invokeMethod(
                        this, [this, generation, done, total] { onProgress(generation, done, total); },
                        Qt::QueuedConnection);
                };
                auto preview = Importer(*form, *layout).preview(sheet.value(), options);
                if (preview)
                    outcome->preview = std::move(preview).value();
                else
                    outcome->error = preview.error();
            }
        }
        QMetaObject::invokeMethod(
            this, [this, generation, outcome] { onChecked(generation, outcome); }, Qt::QueuedConnection);
    });
}

void ImportController::onProgress(int generation, int done, int total)
{
    if (generation != m_generation)
        return;
    m_done = done;
    m_total = total;
    emit progressChanged();
}

void ImportController::onChecked(int generation, const std::shared_ptr<CheckOutcome> &outcome)
{
    if (generation != m_generation)
        return; // cancelled, or a newer check started
    m_headers = outcome->headers;
    m_detected = outcome->detected;
    emit mappingChanged();
    if (outcome->error) {
        m_fileError = outcome->error->message;
        emit fileChanged();
        setStage(QStringLiteral("choose"));
    } else {
        m_preview = std::move(outcome->preview);
        m_page = 0;
        emit previewChanged();
        emit pageChanged();
        setStage(QStringLiteral("preview"));
    }
    emit checkFinished();
}

void ImportController::cancel()
{
    if (m_stage == QLatin1String("writing"))
        return; // one transaction: it finishes whole or not at all, in well under a second
    const bool wasActive = m_stage == QLatin1String("checking") || m_stage == QLatin1String("preview");
    m_cancel = true;
    ++m_generation;
    m_preview.reset();
    emit previewChanged();
    emit pageChanged();
    setStage(QStringLiteral("choose"));
    if (wasActive) {
        setNotice(tr("已取消导入，没有写入任何数据。"), false);
        emit checkFinished();
    }
}

void ImportController::importRows(bool validOnly)
{
    if (m_stage != QLatin1String("preview") || !m_preview || !m_form)
        return;
    if (!validOnly && !m_preview->allValid()) {
        setNotice(tr("有 %1 行有错误，不能全部导入。请改正文件后重新选择，或者只导入没有错误的 %2 行。")
                      .arg(m_preview->invalidCount())
                      .arg(m_preview->validCount()),
                  true);
        return;
    }
    QList<QJsonObject> rows = m_preview->validPayloads();
    if (rows.isEmpty()) {
        setNotice(tr("没有一行可以导入，没有写入任何数据。请按问题清单改正文件后重新导入。"), true);
        return;
    }
    const int generation = ++m_generation;
    m_done = 0;
    m_total = int(rows.size());
    emit progressChanged();
    setNotice({}, false);
    setStage(QStringLiteral("writing"));

    const FormDefinition *form = m_form;
    const QString storePath = m_store->path();
    const QByteArray sessionKey = m_store->sessionKey(); // S5/S6 are sealed: the worker's connection needs it
    const QString schoolCode = m_schoolCode;
    const QString cycle = m_cycle;
    startWorker([this, generation, form, storePath, sessionKey, schoolCode, cycle, rows = std::move(rows)] {
        auto outcome = std::make_shared<WriteOutcome>();
        // Its own connection, opened and closed on this thread: LocalStore is one instance per thread.
        auto store = LocalStore::open(storePath);
        Status unlocked = Ok{};
        if (store && !sessionKey.isEmpty())
            unlocked = store.value()->unlockWithSessionKey(sessionKey);
        if (!store) {
            outcome->error = store.error();
        } else if (!unlocked) {
            outcome->error = unlocked.error();
        } else {
            // A row already stored keeps the fields the file has no column for (免测, reasons, …).
            QList<QJsonObject> stored;
            RosterQuery query;
            query.schoolCode = schoolCode;
            query.cycle = cycle;
            query.limit = 1000;
            for (;;) {
                auto page = store.value()->rosterPage(*form, query);
                if (!page) {
                    outcome->error = page.error();
                    break;
                }
                for (const RosterRow &row : page.value())
                    stored.append(row.record.payload);
                if (page->size() < query.limit)
                    break;
                query.offset += query.limit;
            }
            if (!outcome->error) {
                const QList<QJsonObject> merged = Importer::overlay(*form, rows, stored);
                auto upserted = store.value()->upsertRosterRows(*form, schoolCode, cycle, merged);
                if (upserted) {
                    outcome->result = upserted.value();
                    outcome->written = int(merged.size());
                } else {
                    outcome->error = upserted.error();
                }
            }
        }
        QMetaObject::invokeMethod(
            this, [this, generation, outcome] { onWritten(generation, outcome); }, Qt::QueuedConnection);
    });
}

void ImportController::onWritten(int generation, const std::shared_ptr<WriteOutcome> &outcome)
{
    if (generation != m_generation)
        return;
    if (outcome->error) {
        setNotice(tr("导入失败，没有写入任何数据：%1").arg(outcome->error->message), true);
        setStage(QStringLiteral("preview"));
        emit importFinished(false);
        return;
    }
    const int skipped = m_preview ? m_preview->invalidCount() : 0;
    QString text = tr("已导入 %1 行：新增 %2 行，更新 %3 行，%4 行与本机已有的相同。")
                       .arg(outcome->written)
                       .arg(outcome->result.added)
                       .arg(outcome->result.updated)
                       .arg(outcome->result.unchanged);
    if (skipped > 0)
        text += tr("有错误的 %1 行没有导入，改正后再导入一次即可，不会重复。").arg(skipped);
    m_done = m_total;
    emit progressChanged();
    setNotice(text, false);
    setStage(QStringLiteral("done"));
    // Written through another connection: tell this one's followers (the grid, the home page's counts).
    emit m_store->recordsChanged();
    emit importFinished(true);
}

bool ImportController::saveReport(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty())
        return false;
    const QString source = QFileInfo(m_path).fileName();
    Status written = m_preview
                         ? ErrorReport::writeXlsx(path, *m_preview, source)
                         : ErrorReport::writeFileError(path, makeError("import.file", m_fileError), source);
    if (!written) {
        setNotice(tr("问题清单没有保存：%1").arg(written.error().message), true);
        return false;
    }
    setNotice(tr("问题清单已保存到 %1。").arg(path), false);
    return true;
}

QString ImportController::suggestedReportName() const
{
    return tr("%1-问题清单.xlsx").arg(QFileInfo(m_path).completeBaseName());
}

void ImportController::setPage(int page)
{
    page = std::clamp(page, 0, std::max(0, pageCount() - 1));
    if (page == m_page)
        return;
    m_page = page;
    emit pageChanged();
}

QString ImportController::formId() const
{
    return m_form ? m_form->id : QString();
}

QString ImportController::formTitle() const
{
    return m_form ? m_form->title.zh : QString();
}

QVariantList ImportController::layouts() const
{
    QVariantList out;
    for (const Layout &layout : Layout::all()) {
        if (m_form && layout.formId == m_form->id)
            out << QVariantMap{{"id", layout.id}, {"title", layout.title}};
    }
    return out;
}

QString ImportController::fileName() const
{
    return QFileInfo(m_path).fileName();
}

QVariantList ImportController::mappingRows() const
{
    QVariantList out;
    for (const QString &header : m_headers) {
        if (m_detected.contains(header) && !m_mapping.contains(header))
            continue; // understood by the layout: nothing to ask
        out << QVariantMap{{"header", header}, {"fieldId", m_mapping.value(header)}};
    }
    return out;
}

QVariantList ImportController::fieldOptions() const
{
    QVariantList out;
    if (!m_form)
        return out;
    for (const FormField &field : m_form->fields) {
        if (field.isComputed() || field.type == FieldType::Attachment)
            continue;
        out << QVariantMap{{"fieldId", field.id}, {"label", field.label.zh}};
    }
    return out;
}

int ImportController::pageCount() const
{
    return (problemCount() + ProblemsPerPage - 1) / ProblemsPerPage;
}

QVariantList ImportController::problemPage() const
{
    QVariantList out;
    if (!m_preview)
        return out;
    const int first = m_page * ProblemsPerPage;
    for (int i = first; i < std::min<int>(first + ProblemsPerPage, int(m_preview->problems.size())); ++i) {
        const ImportProblem &p = m_preview->problems.at(i);
        out << QVariantMap{{"row", p.row},
                           {"column", p.column},
                           {"value", p.value},
                           {"rule", ruleLabel(p.rule)},
                           {"severity", severityName(p.severity)},
                           {"message", p.message}};
    }
    return out;
}

QString ImportController::ruleLabel(const QString &rule)
{
    static const QHash<QString, const char *> labels{
        {"required", QT_TRANSLATE_NOOP("ImportController", "必填")},
        {"range", QT_TRANSLATE_NOOP("ImportController", "超出范围")},
        {"usual_range", QT_TRANSLATE_NOOP("ImportController", "超出常见范围")},
        {"type", QT_TRANSLATE_NOOP("ImportController", "格式不对")},
        {"not_relevant", QT_TRANSLATE_NOOP("ImportController", "不应填写")},
        {"not_applicable", QT_TRANSLATE_NOOP("ImportController", "该年级或性别不测")},
        {"duration", QT_TRANSLATE_NOOP("ImportController", "时间格式")},
        {"date", QT_TRANSLATE_NOOP("ImportController", "日期")},
        {"sex", QT_TRANSLATE_NOOP("ImportController", "性别")},
        {"ethnicity", QT_TRANSLATE_NOOP("ImportController", "民族代码")},
        {"grade", QT_TRANSLATE_NOOP("ImportController", "年级")},
        {"birth_year", QT_TRANSLATE_NOOP("ImportController", "出生年份")},
        {"duplicate", QT_TRANSLATE_NOOP("ImportController", "重复")},
        {"short_row", QT_TRANSLATE_NOOP("ImportController", "缺少单元格")},
        {"truncated", QT_TRANSLATE_NOOP("ImportController", "文件不完整")},
        {"choice", QT_TRANSLATE_NOOP("ImportController", "不是可选的值")},
        {"allowed", QT_TRANSLATE_NOOP("ImportController", "不是允许的值")},
        {"pattern", QT_TRANSLATE_NOOP("ImportController", "格式不对")},
        {"precision", QT_TRANSLATE_NOOP("ImportController", "小数位数")},
    };
    const auto it = labels.constFind(rule);
    return it == labels.constEnd() ? rule : tr(it.value());
}

void ImportController::setStage(const QString &stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    emit stageChanged();
}

void ImportController::setNotice(const QString &text, bool isError)
{
    if (text == m_notice && isError == m_noticeIsError)
        return;
    m_notice = text;
    m_noticeIsError = isError;
    emit noticeChanged();
}

} // namespace junheng
