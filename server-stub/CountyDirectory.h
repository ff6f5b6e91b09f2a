#pragma once

#include "Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace junheng::server {

struct CountyInfo
{
    QString code;
    QString name;
    QString cycleId;
    QString cycleName;
};

struct TownInfo
{
    QString code;
    QString name;
    QString kind; // subdistrict (街道), town (镇), township (乡)
};

struct SchoolInfo
{
    QString code;
    QString name;
    QString townCode;
    QString type;      // the value ids of forms/S1.json school_type: primary, junior, nine_year, …
    QString location;  // urban, town, rural
    QString ownership; // public, private
    bool boarding = false;
    int students = 0;
    QString countyCode; // filled when read; insert() uses the county's
};

// The counties, their towns and schools as stored in the database. Read on demand (nothing cached), so
// several server processes on one database always agree. A directory is for one county (countyCode);
// without one, county() is the first county by code and school() looks in every county (admin).
class CountyDirectory
{
public:
    explicit CountyDirectory(QSqlDatabase db, QString countyCode = {})
        : m_db(std::move(db)), m_countyCode(std::move(countyCode))
    {}

    Result<std::optional<CountyInfo>> county() const;
    Result<QList<CountyInfo>> counties() const;
    Result<std::optional<TownInfo>> town(const QString &code) const;
    Result<std::optional<SchoolInfo>> school(const QString &code) const;
    // Of the directory's county (of county() when none was given).
    Result<QList<TownInfo>> towns() const;
    Result<QList<SchoolInfo>> schools() const; // by town, then code

    // Inserts the county with its towns and schools; the caller holds the transaction.
    Status insert(const CountyInfo &county, const QList<TownInfo> &towns, const QList<SchoolInfo> &schools);

    static QString typeLabel(const QString &type);
    static QString locationLabel(const QString &location);

private:
    // The directory's county, or the first one's code ("" when there is none).
    Result<QString> countyCodeOrFirst() const;

    QSqlDatabase m_db;
    QString m_countyCode;
};

} // namespace junheng::server
