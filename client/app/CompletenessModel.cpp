#include "CompletenessModel.h"

#include "Completeness.h"

#include <QTimeZone>

namespace junheng {

namespace {

QString stateLabel(const QString &state)
{
    if (state == QLatin1String("submitted"))
        return CompletenessModel::tr("待审核");
    if (state == QLatin1String("returned"))
        return CompletenessModel::tr("已退回");
    if (state == QLatin1String("approved"))
        return CompletenessModel::tr("已通过");
    if (state == QLatin1String("draft"))
        return CompletenessModel::tr("填报中");
    return CompletenessModel::tr("未开始");
}

} // namespace

CompletenessModel::CompletenessModel(QObject *parent) : QAbstractListModel(parent) {}

CompletenessModel::~CompletenessModel() = default;

void CompletenessModel::setStorePath(const QString &path)
{
    if (path == m_storePath)
        return;
    m_storePath = path;
    m_store.reset();
    Q_EMIT storePathChanged();
    reload();
}

void CompletenessModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_queue.clear();
    m_error.clear();
    if (!m_store && !m_storePath.isEmpty()) {
        auto opened = LocalStore::open(m_storePath);
        if (opened)
            m_store = std::move(opened).value();
        else
            m_error = opened.error().message;
    }
    const auto enrolment = m_store ? m_store->enrolment() : std::nullopt;
    if (m_store && enrolment) {
        const CompletenessTable table = CompletenessTable::build(*m_store, enrolment->cycleId);
        m_forms = table.forms;
        m_cycleName = table.cycleName.isEmpty() ? enrolment->cycleName : table.cycleName;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!table.deadline.isValid()) {
            m_deadlineText = tr("未设截止日期");
        } else {
            const qint64 days = now.daysTo(table.deadline);
            const QString date =
                table.deadline.toTimeZone(QTimeZone("Asia/Shanghai")).addSecs(-1).toString("yyyy-MM-dd");
            m_deadlineText = days >= 0 ? tr("截止 %1（还有 %2 天）").arg(date).arg(days)
                                       : tr("截止 %1（已过期）").arg(date);
        }
        for (const CompletenessRow &source : table.rows) {
            Row row{source.school.code, source.school.name, source.school.townName, {}, source.approved};
            for (qsizetype i = 0; i < table.forms.size(); ++i) {
                const CompletenessCell &cell = source.cells.at(i);
                row.cells.append(QVariantMap{{"form", table.forms.at(i)},
                                             {"state", cell.state},
                                             {"label", stateLabel(cell.state)},
                                             {"late", cell.late}});
                if (cell.state == QLatin1String("submitted"))
                    m_queue.append(QVariantMap{{"school", source.school.code},
                                               {"name", source.school.name},
                                               {"town", source.school.townName},
                                               {"form", table.forms.at(i)},
                                               {"late", cell.late},
                                               {"at", cell.at.toLocalTime().toString("MM-dd HH:mm")}});
            }
            m_rows.append(row);
        }
        const int cells = int(table.rows.size() * table.forms.size());
        m_summary = tr("%1 所学校，%2 份表：已通过 %3，待审核 %4，已退回 %5，未提交 %6")
                        .arg(table.rows.size())
                        .arg(cells)
                        .arg(table.states.value("approved"))
                        .arg(table.states.value("submitted"))
                        .arg(table.states.value("returned"))
                        .arg(table.states.value("not_started") + table.states.value("draft"));
    }
    endResetModel();
    Q_EMIT loaded();
}

int CompletenessModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CompletenessModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case CodeRole:
        return row.code;
    case NameRole:
        return row.name;
    case TownRole:
        return row.town;
    case CellsRole:
        return row.cells;
    case ApprovedRole:
        return row.approved;
    default:
        return {};
    }
}

QHash<int, QByteArray> CompletenessModel::roleNames() const
{
    return {{CodeRole, "code"},
            {NameRole, "name"},
            {TownRole, "town"},
            {CellsRole, "cells"},
            {ApprovedRole, "approved"}};
}

} // namespace junheng
