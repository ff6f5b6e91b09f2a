#pragma once

#include "Caller.h"
#include "CountyDirectory.h"
#include "Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QUrlQuery>

namespace junheng::server {

class RecordService;

// GET /api/v1/reports/county: the county's (or a town's) assessment report computed on the server from
// the records it holds, with the same engine and report writer as the app (docs/protocol.md, Reports).
// A county device gets its county or one town of it; a town device its own town; a school device none.
class ReportService
{
public:
    ReportService(QSqlDatabase db, RecordService &records) : m_db(std::move(db)), m_records(records) {}

    struct File
    {
        QByteArray body;
        QByteArray contentType;
        QString fileName; // for Content-Disposition
    };
    // query: format = json (default) | xlsx | pdf | upload (the national fitness upload file: the scope's
    // S6 rows of the cycle in the national layout, XLSX); town = a town's name or code; profile = a threshold
    // profile id (default national); cycle = the cycle (default the county's current one).
    Result<File> report(const Caller &caller, const QUrlQuery &query);

private:
    Result<File> uploadFile(const Caller &caller, const QString &townName,
                            const QHash<QString, QString> &townNames, const QList<SchoolInfo> &schools,
                            const QString &cycle, const QString &base);

    QSqlDatabase m_db;
    RecordService &m_records;
};

} // namespace junheng::server
