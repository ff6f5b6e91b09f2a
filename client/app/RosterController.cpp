#include "RosterController.h"

#include "CrossRecordRules.h"
#include "Validator.h"

#include <QJsonArray>

namespace junheng {

RosterController::RosterController(LocalStore *store, QObject *parent)
    : QObject(parent), m_store(store), m_model(store)
{
    // A re-read (filter, sort, another device's rows) may leave the current cell past the end.
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_row >= m_model.rowCount() || (m_row < 0 && m_model.rowCount() > 0))
            setCurrent(m_row < 0 ? 0 : m_model.rowCount() - 1, m_column);
        emit currentChanged();
    });
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &RosterController::currentChanged);
    // Any save (here, in S1, by a pull) recounts the model: the whole-roster rules are checked again.
    connect(&m_model, &RosterModel::countsChanged, this, &RosterController::refreshRosterIssues);
}

bool RosterController::open(const FormDefinition *form, const QString &schoolCode, const QString &cycle)
{
    if (!form || form->kind != FormKind::Roster)
        return false;
    m_model.open(form, schoolCode, cycle);
    m_row = m_model.rowCount() > 0 ? 0 : -1;
    m_column = 1;
    m_editing = false;
    setNotice({}, false);
    refreshRosterIssues();
    emit formChanged();
    emit currentChanged();
    return true;
}

void RosterController::refreshRosterIssues()
{
    QStringList messages;
    const FormDefinition *form = m_model.form();
    QHash<QString, LinkedRecord> linked;
    if (form) {
        for (const FormRule &rule : form->rules) {
            if (rule.kind != QLatin1String("sum_matches") || linked.contains(rule.form))
                continue;
            if (const auto record = m_store->singleRecord(rule.form, m_model.schoolCode(), m_model.cycle()))
                linked.insert(rule.form, LinkedRecord{m_catalog ? m_catalog->find(rule.form) : nullptr,
                                                      record->payload});
        }
    }
    // Only a roster with such a rule and the other form's record pays for reading every row (S2: tens).
    if (!linked.isEmpty()) {
        QList<QJsonObject> rows;
        RosterQuery query;
        query.schoolCode = m_model.schoolCode();
        query.cycle = m_model.cycle();
        query.limit = 1000;
        for (;;) {
            auto page = m_store->rosterPage(*form, query);
            if (!page)
                break;
            for (const RosterRow &row : page.value())
                rows.append(row.record.payload);
            if (page->size() < query.limit)
                break;
            query.offset += query.limit;
        }
        for (const RowIssue &issue : CrossRecordRules::check(*form, rows, linked)) {
            if (issue.row < 0)
                messages << issue.message;
        }
    }
    if (messages == m_rosterIssues)
        return;
    m_rosterIssues = messages;
    emit rosterIssuesChanged();
}

QString RosterController::formId() const
{
    return m_model.form() ? m_model.form()->id : QString();
}

QString RosterController::title() const
{
    return m_model.form() ? m_model.form()->title.text() : QString();
}

QString RosterController::description() const
{
    return m_model.form() ? m_model.form()->description.text() : QString();
}

QString RosterController::currentMessage() const
{
    if (m_row < 0 || m_column < 1 || m_row >= m_model.rowCount())
        return {};
    const QString message = m_model.data(m_model.index(m_row, m_column), RosterModel::MessageRole).toString();
    if (message.isEmpty())
        return {};
    return tr("第 %1 行：%2").arg(m_row + 1).arg(message);
}

QString RosterController::currentSeverity() const
{
    if (m_row < 0 || m_column < 1 || m_row >= m_model.rowCount())
        return {};
    return m_model.data(m_model.index(m_row, m_column), RosterModel::SeverityRole).toString();
}

void RosterController::setCurrent(int row, int column)
{
    row = std::clamp(row, -1, m_model.rowCount() - 1);
    column = std::clamp(column, 1, std::max(1, m_model.columnCount() - 1));
    if (row == m_row && column == m_column && !m_editing)
        return;
    m_row = row;
    m_column = column;
    m_editing = false;
    emit currentChanged();
}

void RosterController::move(int rows, int columns)
{
    const int last = m_model.columnCount() - 1;
    int row = m_row + rows;
    int column = m_column + columns;
    if (column > last && row + 1 < m_model.rowCount()) { // Tab past the end: the next row's first cell
        column = 1;
        ++row;
    } else if (column < 1 && row > 0) {
        column = last;
        --row;
    }
    setCurrent(std::max(0, row), column);
}

void RosterController::startEditing(const QString &seed)
{
    if (m_row < 0 || m_column < 1)
        return;
    m_editing = true;
    m_seed = seed;
    emit currentChanged();
}

void RosterController::cancelEditing()
{
    if (!m_editing)
        return;
    m_editing = false;
    emit currentChanged();
}

bool RosterController::commitEdit(const QString &text)
{
    if (!m_editing)
        return true;
    m_editing = false;
    const QString error = m_model.setCellText(m_row, m_column, text);
    emit currentChanged();
    if (!error.isEmpty()) {
        setNotice(error, true);
        return false;
    }
    if (m_noticeIsError)
        setNotice({}, false);
    return true;
}

QJsonObject RosterController::payloadWith(int row, const QVariantMap &texts) const
{
    const FormDefinition *form = m_model.form();
    QJsonObject payload;
    if (const auto record = m_model.recordAt(row))
        payload = record->payload;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        if (it.key() == QLatin1String("_reasons")) { // {fieldId: reason}; an empty reason is removed
            QJsonObject reasons = payload.value(it.key()).toObject();
            const QVariantMap given = it.value().toMap();
            for (auto reason = given.cbegin(); reason != given.cend(); ++reason) {
                if (reason.value().toString().trimmed().isEmpty())
                    reasons.remove(reason.key());
                else
                    reasons.insert(reason.key(), reason.value().toString());
            }
            if (reasons.isEmpty())
                payload.remove(it.key());
            else
                payload.insert(it.key(), reasons);
            continue;
        }
        const FormField *field = form->field(it.key());
        if (!field)
            continue;
        const QString text = it.value().toString().trimmed();
        if (text.isEmpty())
            payload.remove(field->id);
        else
            payload.insert(field->id, Validator::parseInput(*field, text));
    }
    return payload;
}

QVariantList RosterController::editorFields(int row) const
{
    const FormDefinition *form = m_model.form();
    if (!form)
        return {};
    const QJsonObject payload = payloadWith(row, {});
    QVariantList out;
    for (const FormField &field : form->fields) {
        QVariantList choices;
        for (const Choice &choice : field.choices)
            choices << QVariantMap{{"value", choice.value}, {"label", choice.label.text()}};
        out << QVariantMap{
            {"fieldId", field.id},
            {"label", field.label.text()},
            {"unit", field.unitText()},
            {"type", fieldTypeName(field.type)},
            {"isRequired", field.required},
            {"help", field.help.text()},
            {"choices", choices},
            {"text",
             payload.contains(field.id) ? Validator::displayText(field, payload.value(field.id)) : QString()},
        };
    }
    return out;
}

QVariantMap RosterController::editorMessages(int row, const QVariantMap &texts) const
{
    const FormDefinition *form = m_model.form();
    if (!form)
        return {};
    const QJsonObject payload = payloadWith(row, texts);
    const ValidationReport report = Validator::validate(*form, payload);
    QVariantMap out;
    for (const FormField &field : form->fields) {
        QStringList messages;
        QString severity;
        bool needsReason = false;
        for (const ValidationIssue &issue : report.forField(field.id)) {
            messages << issue.message;
            needsReason = needsReason || issue.severity == Severity::Soft;
            if (severity != QLatin1String("hard"))
                severity = issue.severity == Severity::Hard ? QStringLiteral("hard") : QStringLiteral("soft");
        }
        out.insert(
            field.id,
            QVariantMap{
                {"message", messages.join(QLatin1Char('\n'))},
                {"severity", severity},
                {"relevant", Validator::isRelevant(field, payload)},
                {"needsReason", needsReason},
                {"reason", payload.value(QLatin1String("_reasons")).toObject().value(field.id).toString()}});
    }
    return out;
}

bool RosterController::saveRow(int row, const QVariantMap &texts)
{
    const FormDefinition *form = m_model.form();
    if (!form)
        return false;
    LocalRecord record;
    if (const auto existing = m_model.recordAt(row)) {
        record = *existing;
    } else {
        record.formId = form->id;
        record.formVersion = form->version;
        record.schoolCode = m_model.schoolCode();
        record.cycle = m_model.cycle();
    }
    auto saved = m_store->saveRosterRow(*form, record, payloadWith(row, texts));
    if (!saved) {
        setNotice(saved.error().message, true);
        return false;
    }
    setNotice(row < 0 ? tr("已添加一行。") : tr("已保存第 %1 行。").arg(row + 1), false);
    return true;
}

bool RosterController::deleteRow(int row)
{
    const FormDefinition *form = m_model.form();
    const auto record = m_model.recordAt(row);
    if (!form || !record)
        return false;
    const QString what = rowTitle(row);
    if (Status deleted = m_store->deleteRosterRow(*form, record->uuid); !deleted) {
        setNotice(deleted.error().message, true);
        return false;
    }
    setNotice(tr("已删除：%1。").arg(what), false);
    return true;
}

bool RosterController::finaliseAll()
{
    const FormDefinition *form = m_model.form();
    if (!form)
        return false;
    refreshRosterIssues();
    if (!m_rosterIssues.isEmpty()) {
        setNotice(tr("还不能定稿：%1这次没有定稿任何一行。")
                      .arg(m_rosterIssues.join(QLatin1Char('\n')) + QLatin1Char('\n')),
                  true);
        return false;
    }
    auto done = m_store->finaliseRoster(*form, m_model.schoolCode(), m_model.cycle());
    if (!done) {
        setNotice(done.error().message, true);
        return false;
    }
    setNotice(done.value() > 0 ? tr("已定稿 %1 行，联网时会自动发送。").arg(done.value())
                               : tr("没有需要定稿的行：每一行都已定稿。"),
              false);
    emit finalised();
    return true;
}

QString RosterController::rowTitle(int row) const
{
    const FormDefinition *form = m_model.form();
    const auto record = m_model.recordAt(row);
    if (!form || !record)
        return tr("新的一行");
    QStringList parts;
    for (const QString &id : QStringList{QStringLiteral("name")} + form->key) {
        const FormField *field = form->field(id);
        if (field && record->payload.contains(id) && !parts.contains(id))
            parts << Validator::displayText(*field, record->payload.value(id));
    }
    parts.removeDuplicates();
    return parts.isEmpty() ? tr("第 %1 行").arg(row + 1)
                           : tr("第 %1 行（%2）").arg(row + 1).arg(parts.join(tr("，")));
}

void RosterController::clearNotice()
{
    setNotice({}, false);
}

void RosterController::retranslate()
{
    if (!m_model.form())
        return;
    m_model.retranslate();
    emit formChanged();
    emit currentChanged();
}

void RosterController::leave()
{
    m_editing = false;
    emit currentChanged();
}

void RosterController::setNotice(const QString &text, bool isError)
{
    if (text == m_notice && isError == m_noticeIsError)
        return;
    m_notice = text;
    m_noticeIsError = isError;
    emit noticeChanged();
}

} // namespace junheng
