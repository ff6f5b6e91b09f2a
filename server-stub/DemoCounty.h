#pragma once

#include "CountyDirectory.h"
#include "Result.h"

#include <QList>
#include <QString>

namespace junheng::server {

class EnrolmentService;
class ServerDatabase;

// One enrolment code of the demo, as written to demo-enrolment-codes.txt.
struct DemoCode
{
    QString role; // school, town, county
    QString scopeCode;
    QString scopeName;
    QString code; // in clear: only the demo ever writes codes down
};

struct DemoSetup
{
    bool created = false; // false: the database had a county already, nothing was changed
    QList<DemoCode> codes;
};

// 云溪县, a fictional county for demonstrations and tests: fixed data (no randomness), so tests can rely
// on the counts. The first school is 3703990101 云溪县实验小学 (小学, 城关街道 370399001, urban).
class DemoCounty
{
public:
    static CountyInfo county();
    static QList<TownInfo> towns();
    static QList<SchoolInfo> schools();

    static QString codesFileName() { return QStringLiteral("demo-enrolment-codes.txt"); }

    // Creates the county, its towns and schools and one enrolment code per school, town and the county,
    // in one transaction, unless the database has a county already. With codesFilePath, the codes are
    // written there before the commit, so a failure to write them leaves the database unchanged.
    static Result<DemoSetup> create(ServerDatabase &database, const QString &codesFilePath = {});

    // One line per code: role<TAB>scope code<TAB>scope name<TAB>enrolment code.
    static Status writeCodesFile(const QList<DemoCode> &codes, const QString &filePath);
};

} // namespace junheng::server
