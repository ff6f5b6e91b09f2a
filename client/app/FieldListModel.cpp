#include "FieldListModel.h"

#include <QVariantMap>

namespace junheng {

FieldListModel::FieldListModel(QObject *parent) : QAbstractListModel(parent) {}

int FieldListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FieldListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const FormField &field = *row.field;
    switch (role) {
    case FieldIdRole:
        return field.id;
    case LabelRole:
        return field.label.text();
    case UnitRole:
        return field.unitText();
    case TypeRole:
        return fieldTypeName(field.type);
    case RequiredRole:
        return field.required;
    case HelpRole:
        return field.help.text();
    case ChoicesRole: {
        QVariantList choices;
        for (const Choice &choice : field.choices)
            choices.append(QVariantMap{{"value", choice.value}, {"label", choice.label.text()}});
        return choices;
    }
    case TextRole:
        return row.text;
    case RelevantRole:
        return row.relevant;
    case MessageRole:
        return row.message;
    case SeverityRole:
        return row.severity;
    case SectionTitleRole:
        return row.section ? row.section->title.text() : QString();
    case SectionStartRole:
        return row.sectionStart;
    case NeedsReasonRole:
        return row.needsReason;
    case ReasonRole:
        return row.reason;
    default:
        return {};
    }
}

QHash<int, QByteArray> FieldListModel::roleNames() const
{
    return {
        {FieldIdRole, "fieldId"},
        {LabelRole, "label"},
        {UnitRole, "unit"},
        {TypeRole, "type"},
        {RequiredRole, "isRequired"},
        {HelpRole, "help"},
        {ChoicesRole, "choices"},
        {TextRole, "text"},
        {RelevantRole, "relevant"},
        {MessageRole, "message"},
        {SeverityRole, "severity"},
        {SectionTitleRole, "sectionTitle"},
        {SectionStartRole, "sectionStart"},
        {NeedsReasonRole, "needsReason"},
        {ReasonRole, "reason"},
    };
}

void FieldListModel::reset(const FormDefinition *form, const QHash<QString, QString> &texts)
{
    beginResetModel();
    m_rows.clear();
    if (form) {
        for (const FormSection &section : form->sections) {
            bool first = true;
            for (int fieldIndex : section.fieldIndexes) {
                Row row;
                row.field = &form->fields.at(fieldIndex);
                row.section = &section;
                row.sectionStart = first;
                row.text = texts.value(row.field->id);
                m_rows.append(row);
                first = false;
            }
        }
    }
    endResetModel();
}

void FieldListModel::retranslate()
{
    // Labels, units, help and choices are read in the current language when asked for.
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
}

void FieldListModel::clear()
{
    reset(nullptr, {});
}

int FieldListModel::rowOf(const QString &fieldId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).field->id == fieldId)
            return int(i);
    }
    return -1;
}

void FieldListModel::setText(const QString &fieldId, const QString &text)
{
    const int row = rowOf(fieldId);
    if (row < 0 || m_rows.at(row).text == text)
        return;
    m_rows[row].text = text;
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed, {TextRole});
}

void FieldListModel::applyReport(const ValidationReport &report, const QJsonObject &payload,
                                 const QSet<QString> &touched, bool showAllRequired)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const QString &id = row.field->id;
        const bool relevant = Validator::isRelevant(*row.field, payload);
        QStringList hard, soft;
        for (const ValidationIssue &issue : report.forField(id)) {
            if (issue.ruleId == QLatin1String("required") && !showAllRequired && !touched.contains(id))
                continue;
            (issue.severity == Severity::Hard ? hard : soft).append(issue.message);
        }
        const QString message = (hard + soft).join(QLatin1Char('\n'));
        const QString severity = !hard.isEmpty()   ? QStringLiteral("hard")
                                 : !soft.isEmpty() ? QStringLiteral("soft")
                                                   : QString();
        const bool needsReason = !soft.isEmpty();
        const QString reason = payload.value(QLatin1String("_reasons")).toObject().value(id).toString();
        if (relevant == row.relevant && message == row.message && severity == row.severity &&
            needsReason == row.needsReason && reason == row.reason)
            continue;
        row.relevant = relevant;
        row.message = message;
        row.severity = severity;
        row.needsReason = needsReason;
        row.reason = reason;
        const QModelIndex changed = index(int(i));
        emit dataChanged(changed, changed,
                         {RelevantRole, MessageRole, SeverityRole, NeedsReasonRole, ReasonRole});
    }
}

} // namespace junheng
