#include "FormListModel.h"

#include "LedgerRecords.h"
#include "TimeText.h"
#include "Validator.h"

namespace junheng {

FormListModel::FormListModel(LocalStore *store, const FormCatalog *catalog, QObject *parent)
    : QAbstractListModel(parent), m_store(store), m_catalog(catalog)
{
    connect(m_store, &LocalStore::recordsChanged, this, &FormListModel::refresh);
    refresh();
}

int FormListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FormListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case FormIdRole:
        return row.form->id;
    case TitleRole:
        return row.form->title.text();
    case DescriptionRole:
        return row.form->description.text();
    case StatusRole:
        if (row.form->kind == FormKind::Roster)
            return row.roster.rows > 0 ? QStringLiteral("draft") : QStringLiteral("none");
        return row.record ? statusName(row.record->status) : QStringLiteral("none");
    case StatusLabelRole:
        if (row.form->kind == FormKind::Roster)
            return row.roster.rows > 0 ? tr("填写中") : tr("未开始");
        return row.record ? statusLabel(row.record->status) : tr("未开始");
    case RevisionRole:
        return row.record ? row.record->revision : 0;
    case UpdatedAtRole:
        return row.record ? describeTime(row.record->updatedAt) : QString();
    case HardCountRole:
        return row.hard;
    case SoftCountRole:
        return row.soft;
    case MissingCountRole:
        return row.missing;
    case SyncErrorRole:
        return row.record ? row.record->syncError : QString();
    case IsRosterRole:
        return row.form->kind == FormKind::Roster;
    case RosterRowsRole:
        return row.roster.rows;
    case RosterErrorRowsRole:
        return row.roster.rowsWithErrors;
    case RosterWarningRowsRole:
        return row.roster.rowsWithWarnings;
    default:
        return {};
    }
}

QHash<int, QByteArray> FormListModel::roleNames() const
{
    return {
        {FormIdRole, "formId"},
        {TitleRole, "title"},
        {DescriptionRole, "description"},
        {StatusRole, "status"},
        {StatusLabelRole, "statusLabel"},
        {RevisionRole, "revision"},
        {UpdatedAtRole, "updatedAt"},
        {HardCountRole, "hardCount"},
        {SoftCountRole, "softCount"},
        {MissingCountRole, "missingCount"},
        {SyncErrorRole, "syncError"},
        {IsRosterRole, "isRoster"},
        {RosterRowsRole, "rosterRows"},
        {RosterErrorRowsRole, "rosterErrorRows"},
        {RosterWarningRowsRole, "rosterWarningRows"},
    };
}

void FormListModel::setScope(const QString &schoolCode, const QString &cycle, const QString &role)
{
    m_schoolCode = schoolCode;
    m_cycle = cycle;
    m_role = role.isEmpty() ? QStringLiteral("school") : role;
    refresh();
}

void FormListModel::refresh()
{
    // A handful of forms: rebuilding the rows is simpler than diffing and costs nothing.
    beginResetModel();
    m_rows.clear();
    for (const FormDefinition &form : m_catalog->forms()) {
        if (form.filledBy != m_role) // C1 is the county's: not on a school's home page
            continue;
        if (form.id == LedgerRecords::FormId) // the issue ledger is kept on its own page (LedgerPage)
            continue;
        Row row;
        row.form = &form;
        if (form.kind == FormKind::Roster) {
            if (!m_schoolCode.isEmpty()) {
                if (auto counts = m_store->rosterIssueCounts(form, m_schoolCode, m_cycle))
                    row.roster = counts.value();
            }
            m_rows.append(row);
            continue;
        }
        if (!m_schoolCode.isEmpty())
            row.record = m_store->singleRecord(form.id, m_schoolCode, m_cycle);
        if (row.record) {
            const ValidationReport report = Validator::validate(form, row.record->payload);
            row.hard = report.hardCount();
            row.soft = report.unreasonedSoftCount();
            row.missing = report.missingCount();
        }
        m_rows.append(row);
    }
    endResetModel();
}

} // namespace junheng
