#include "TownCompletenessModel.h"

#include "Completeness.h"

namespace junheng {

TownCompletenessModel::TownCompletenessModel(QObject *parent) : QAbstractListModel(parent) {}

TownCompletenessModel::~TownCompletenessModel() = default;

void TownCompletenessModel::setStorePath(const QString &path)
{
    if (path == m_storePath)
        return;
    m_storePath = path;
    m_store.reset();
    Q_EMIT storePathChanged();
    reload();
}

void TownCompletenessModel::setCycle(const QString &cycle)
{
    if (cycle == m_cycle)
        return;
    m_cycle = cycle;
    Q_EMIT cycleChanged();
    reload();
}

void TownCompletenessModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_cycles.clear();
    m_error.clear();
    m_summary.clear();
    if (!m_store && !m_storePath.isEmpty()) {
        auto opened = LocalStore::open(m_storePath);
        if (opened)
            m_store = std::move(opened).value();
        else
            m_error = opened.error().message;
    }
    const auto enrolment = m_store ? m_store->enrolment() : std::nullopt;
    if (m_store && !enrolment)
        m_error = tr("本机还没有登记，登记后这里会显示各乡镇的填报进度。");
    if (m_store && enrolment) {
        bool current = false;
        for (const CycleInfo &cycle : m_store->cycles()) {
            m_cycles << QVariantMap{{"id", cycle.id},
                                    {"name", cycle.name},
                                    {"state", cycle.state},
                                    {"opensOn", cycle.opensOn},
                                    {"closesOn", cycle.closesOn}};
            current = current || cycle.id == enrolment->cycleId;
        }
        if (!current && !enrolment->cycleId.isEmpty())
            m_cycles.prepend(QVariantMap{{"id", enrolment->cycleId},
                                         {"name", enrolment->cycleName},
                                         {"state", QStringLiteral("open")},
                                         {"opensOn", QString()},
                                         {"closesOn", QString()}});
        const QString cycleId = m_cycle.isEmpty() ? enrolment->cycleId : m_cycle;
        const CompletenessTable table = CompletenessTable::build(*m_store, cycleId);
        m_cycleName = table.cycleName.isEmpty() ? cycleId : table.cycleName;
        QHash<QString, int> late;
        for (const CompletenessRow &row : table.rows)
            for (const CompletenessCell &cell : row.cells)
                late[row.school.townCode] += cell.late ? 1 : 0;
        for (const TownCompleteness &town : table.towns) {
            Row row{town.townCode,
                    town.townName,
                    town.schools,
                    town.cells,
                    town.states.value("approved"),
                    town.states.value("submitted"),
                    town.states.value("returned"),
                    town.states.value("draft"),
                    town.states.value("not_started"),
                    late.value(town.townCode)};
            m_rows.append(row);
        }
        const int cells = int(table.rows.size() * table.forms.size());
        int lateAll = 0;
        for (int count : std::as_const(late))
            lateAll += count;
        m_summary = tr("%1 个乡镇（街道）、%2 所学校、%3 份表：已通过 %4，待审核 %5，已退回 %6，"
                       "未提交 %7；逾期 %8 份")
                        .arg(table.towns.size())
                        .arg(table.rows.size())
                        .arg(cells)
                        .arg(table.states.value("approved"))
                        .arg(table.states.value("submitted"))
                        .arg(table.states.value("returned"))
                        .arg(table.states.value("not_started") + table.states.value("draft"))
                        .arg(lateAll);
        if (table.rows.isEmpty())
            m_error = tr("还没有学校名单。请先同步，名单会从服务器下载。");
    }
    endResetModel();
    Q_EMIT loaded();
}

int TownCompletenessModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TownCompletenessModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case TownCodeRole:
        return row.code;
    case NameRole:
        return row.name;
    case SchoolsRole:
        return row.schools;
    case FormsRole:
        return row.forms;
    case ApprovedRole:
        return row.approved;
    case SubmittedRole:
        return row.submitted;
    case ReturnedRole:
        return row.returned;
    case DraftRole:
        return row.draft;
    case NotStartedRole:
        return row.notStarted;
    case LateRole:
        return row.late;
    case ProgressRole:
        return row.forms > 0 ? double(row.approved) / row.forms : 0.0;
    default:
        return {};
    }
}

QHash<int, QByteArray> TownCompletenessModel::roleNames() const
{
    return {{TownCodeRole, "townCode"}, {NameRole, "name"},         {SchoolsRole, "schools"},
            {FormsRole, "forms"},       {ApprovedRole, "approved"}, {SubmittedRole, "submitted"},
            {ReturnedRole, "returned"}, {DraftRole, "draft"},       {NotStartedRole, "notStarted"},
            {LateRole, "late"},         {ProgressRole, "progress"}};
}

} // namespace junheng
