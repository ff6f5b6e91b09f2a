#include "CountyDirectory.h"

#include "ServerDatabase.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace junheng::server {

namespace {

const char *const SchoolColumns =
    "code, name, town_code, type, location, ownership, boarding, students, county_code";

SchoolInfo schoolFrom(const QSqlQuery &query)
{
    return SchoolInfo{query.value(0).toString(),   query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(),   query.value(4).toString(), query.value(5).toString(),
                      query.value(6).toInt() != 0, query.value(7).toInt(),    query.value(8).toString()};
}

CountyInfo countyFrom(const QSqlQuery &query)
{
    return CountyInfo{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString()};
}

} // namespace

Result<std::optional<CountyInfo>> CountyDirectory::county() const
{
    QSqlQuery query(m_db);
    query.prepare(m_countyCode.isEmpty()
                      ? QStringLiteral("SELECT county_code, name, cycle_id, cycle_name FROM county"
                                       " ORDER BY county_code LIMIT 1")
                      : QStringLiteral("SELECT county_code, name, cycle_id, cycle_name FROM county"
                                       " WHERE county_code = ?"));
    if (!m_countyCode.isEmpty())
        query.addBindValue(m_countyCode);
    if (!query.exec())
        return storageError(QStringLiteral("读取县"), query.lastError().text());
    if (!query.next())
        return std::optional<CountyInfo>();
    return std::optional<CountyInfo>(countyFrom(query));
}

Result<QList<CountyInfo>> CountyDirectory::counties() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT county_code, name, cycle_id, cycle_name FROM county"
                                   " ORDER BY county_code")))
        return storageError(QStringLiteral("读取县"), query.lastError().text());
    QList<CountyInfo> list;
    while (query.next())
        list.append(countyFrom(query));
    return list;
}

Result<QString> CountyDirectory::countyCodeOrFirst() const
{
    if (!m_countyCode.isEmpty())
        return m_countyCode;
    auto first = county();
    if (!first)
        return first.error();
    return first.value() ? first.value()->code : QString(QStringLiteral(""));
}

Result<std::optional<TownInfo>> CountyDirectory::town(const QString &code) const
{
    auto county = countyCodeOrFirst();
    if (!county)
        return county.error();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT code, name, kind FROM towns WHERE county_code = ? AND code = ?"));
    query.addBindValue(county.value());
    query.addBindValue(code);
    if (!query.exec())
        return storageError(QStringLiteral("读取乡镇"), query.lastError().text());
    if (!query.next())
        return std::optional<TownInfo>();
    return std::optional<TownInfo>(
        TownInfo{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
}

Result<std::optional<SchoolInfo>> CountyDirectory::school(const QString &code) const
{
    QSqlQuery query(m_db);
    if (m_countyCode.isEmpty()) {
        query.prepare(QStringLiteral("SELECT %1 FROM schools WHERE code = ? ORDER BY county_code LIMIT 1")
                          .arg(QLatin1String(SchoolColumns)));
    } else {
        query.prepare(QStringLiteral("SELECT %1 FROM schools WHERE county_code = ? AND code = ?")
                          .arg(QLatin1String(SchoolColumns)));
        query.addBindValue(m_countyCode);
    }
    query.addBindValue(code);
    if (!query.exec())
        return storageError(QStringLiteral("读取学校"), query.lastError().text());
    if (!query.next())
        return std::optional<SchoolInfo>();
    return std::optional<SchoolInfo>(schoolFrom(query));
}

Result<QList<TownInfo>> CountyDirectory::towns() const
{
    auto county = countyCodeOrFirst();
    if (!county)
        return county.error();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT code, name, kind FROM towns WHERE county_code = ? ORDER BY code"));
    query.addBindValue(county.value());
    if (!query.exec())
        return storageError(QStringLiteral("读取乡镇"), query.lastError().text());
    QList<TownInfo> list;
    while (query.next())
        list.append(
            TownInfo{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return list;
}

Result<QList<SchoolInfo>> CountyDirectory::schools() const
{
    auto county = countyCodeOrFirst();
    if (!county)
        return county.error();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM schools WHERE county_code = ? ORDER BY town_code, code")
                      .arg(QLatin1String(SchoolColumns)));
    query.addBindValue(county.value());
    if (!query.exec())
        return storageError(QStringLiteral("读取学校"), query.lastError().text());
    QList<SchoolInfo> list;
    while (query.next())
        list.append(schoolFrom(query));
    return list;
}

Status CountyDirectory::insert(const CountyInfo &county, const QList<TownInfo> &towns,
                               const QList<SchoolInfo> &schools)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO county (county_code, name, cycle_id, cycle_name) VALUES (?, ?, ?, ?)"));
    query.addBindValue(county.code);
    query.addBindValue(county.name);
    query.addBindValue(county.cycleId);
    query.addBindValue(county.cycleName);
    if (!query.exec())
        return storageError(QStringLiteral("写入县"), query.lastError().text());
    // The county's first cycle, open from the start (the county may add dates by opening the next one).
    query.prepare(
        QStringLiteral("INSERT INTO cycles (county_code, id, name, opens_on, closes_on, state, profile,"
                       " form_versions, created_at, updated_at)"
                       " VALUES (?, ?, ?, '', '', 'open', 'national', '{}', '', '')"));
    query.addBindValue(county.code);
    query.addBindValue(county.cycleId);
    query.addBindValue(county.cycleName);
    if (!query.exec())
        return storageError(QStringLiteral("写入周期"), query.lastError().text());
    query.prepare(QStringLiteral("INSERT INTO towns (county_code, code, name, kind) VALUES (?, ?, ?, ?)"));
    for (const TownInfo &town : towns) {
        query.addBindValue(county.code);
        query.addBindValue(town.code);
        query.addBindValue(town.name);
        query.addBindValue(town.kind);
        if (!query.exec())
            return storageError(QStringLiteral("写入乡镇 %1").arg(town.code), query.lastError().text());
    }
    query.prepare(QStringLiteral("INSERT INTO schools (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(QLatin1String(SchoolColumns)));
    for (const SchoolInfo &school : schools) {
        for (const QVariant &value :
             {QVariant(school.code), QVariant(school.name), QVariant(school.townCode), QVariant(school.type),
              QVariant(school.location), QVariant(school.ownership), QVariant(school.boarding ? 1 : 0),
              QVariant(school.students), QVariant(county.code)})
            query.addBindValue(value);
        if (!query.exec())
            return storageError(QStringLiteral("写入学校 %1").arg(school.code), query.lastError().text());
    }
    return Ok{};
}

QString CountyDirectory::typeLabel(const QString &type)
{
    static const QHash<QString, QString> labels{
        {"primary", "小学"},
        {"junior", "初中"},
        {"nine_year", "九年一贯制"},
        {"twelve_year", "十二年一贯制"},
        {"complete_secondary", "完全中学"},
        {"teaching_point", "教学点"},
        {"special", "特殊教育学校"},
    };
    return labels.value(type, type);
}

QString CountyDirectory::locationLabel(const QString &location)
{
    static const QHash<QString, QString> labels{{"urban", "城区"}, {"town", "镇区"}, {"rural", "乡村"}};
    return labels.value(location, location);
}

} // namespace junheng::server
