#include "DemoCounty.h"

#include "AuditLog.h"
#include "EnrolmentService.h"
#include "ServerDatabase.h"
#include "SqlTransaction.h"

#include <QFile>
#include <QSaveFile>

namespace junheng::server {

namespace {

struct DemoSchool
{
    const char *code;
    const char *name;
    const char *type;
    const char *location;
    const char *ownership;
    bool boarding;
    int students;
};

// Town code = county code + 3 digits; school code = county code + town number (2) + school number (2).
// 乡 centres count as 乡村 (rural) in the national urban-rural classification; 镇 centres as 镇区 (town).
constexpr DemoSchool Schools[] = {
    {"3703990101", "云溪县实验小学", "primary", "urban", "public", false, 1800},
    {"3703990102", "城关街道中心小学", "primary", "urban", "public", false, 1450},
    {"3703990103", "云溪县第一初级中学", "junior", "urban", "public", false, 2100},
    {"3703990104", "云溪县育才学校", "nine_year", "urban", "private", true, 1200},
    {"3703990105", "云溪县特殊教育学校", "special", "urban", "public", true, 120},
    {"3703990201", "云溪县第二实验小学", "primary", "urban", "public", false, 2300},
    {"3703990202", "东城街道东关小学", "primary", "urban", "public", false, 960},
    {"3703990203", "东城街道新华小学", "primary", "urban", "public", false, 1300},
    {"3703990204", "云溪县第二初级中学", "junior", "urban", "public", false, 2500},
    {"3703990205", "云溪县东城实验学校", "nine_year", "urban", "public", false, 2400},
    {"3703990301", "西湖镇中心小学", "primary", "town", "public", false, 1100},
    {"3703990302", "西湖镇初级中学", "junior", "town", "public", true, 980},
    {"3703990303", "西湖镇前湖小学", "primary", "rural", "public", false, 320},
    {"3703990304", "西湖镇后湖小学", "primary", "rural", "public", false, 210},
    {"3703990305", "西湖镇芦庄教学点", "teaching_point", "rural", "public", false, 45},
    {"3703990401", "柳泉镇中心小学", "primary", "town", "public", false, 890},
    {"3703990402", "柳泉镇第一初级中学", "junior", "town", "public", true, 760},
    {"3703990403", "柳泉镇第二初级中学", "junior", "rural", "public", true, 430},
    {"3703990404", "柳泉镇南岭小学", "primary", "rural", "public", false, 260},
    {"3703990501", "石桥镇中心小学", "primary", "town", "public", false, 720},
    {"3703990502", "石桥镇初级中学", "junior", "town", "public", true, 650},
    {"3703990503", "石桥镇河湾小学", "primary", "rural", "public", false, 180},
    {"3703990504", "石桥镇杨庄教学点", "teaching_point", "rural", "public", false, 38},
    {"3703990601", "青山镇九年一贯制学校", "nine_year", "town", "public", true, 1050},
    {"3703990602", "青山镇北坡小学", "primary", "rural", "public", false, 240},
    {"3703990603", "青山镇松林小学", "primary", "rural", "public", false, 150},
    {"3703990604", "青山镇石门教学点", "teaching_point", "rural", "public", false, 30},
    {"3703990701", "马坊镇中心小学", "primary", "town", "public", false, 830},
    {"3703990702", "马坊镇初级中学", "junior", "town", "public", true, 700},
    {"3703990703", "马坊镇枣园小学", "primary", "rural", "public", false, 190},
    {"3703990704", "马坊镇明德小学", "primary", "town", "private", false, 560},
    {"3703990801", "白沙乡中心小学", "primary", "rural", "public", true, 420},
    {"3703990802", "白沙乡初级中学", "junior", "rural", "public", true, 380},
    {"3703990803", "白沙乡上湾小学", "primary", "rural", "public", false, 110},
    {"3703990804", "白沙乡黄岭教学点", "teaching_point", "rural", "public", false, 32},
    {"3703990901", "龙潭镇中心小学", "primary", "town", "public", false, 940},
    {"3703990902", "龙潭镇初级中学", "junior", "town", "public", true, 820},
    {"3703990903", "云溪县龙潭实验学校", "nine_year", "town", "public", true, 1500},
    {"3703990904", "龙潭镇西沟小学", "primary", "rural", "public", false, 200},
    {"3703990905", "龙潭镇大王庄教学点", "teaching_point", "rural", "public", false, 41},
};

} // namespace

CountyInfo DemoCounty::county()
{
    return CountyInfo{QStringLiteral("370399"), QStringLiteral("云溪县"), QStringLiteral("2025"),
                      QStringLiteral("2025年度优质均衡监测")};
}

QList<TownInfo> DemoCounty::towns()
{
    return {
        {QStringLiteral("370399001"), QStringLiteral("城关街道"), QStringLiteral("subdistrict")},
        {QStringLiteral("370399002"), QStringLiteral("东城街道"), QStringLiteral("subdistrict")},
        {QStringLiteral("370399003"), QStringLiteral("西湖镇"), QStringLiteral("town")},
        {QStringLiteral("370399004"), QStringLiteral("柳泉镇"), QStringLiteral("town")},
        {QStringLiteral("370399005"), QStringLiteral("石桥镇"), QStringLiteral("town")},
        {QStringLiteral("370399006"), QStringLiteral("青山镇"), QStringLiteral("town")},
        {QStringLiteral("370399007"), QStringLiteral("马坊镇"), QStringLiteral("town")},
        {QStringLiteral("370399008"), QStringLiteral("白沙乡"), QStringLiteral("township")},
        {QStringLiteral("370399009"), QStringLiteral("龙潭镇"), QStringLiteral("town")},
    };
}

QList<SchoolInfo> DemoCounty::schools()
{
    QList<SchoolInfo> list;
    for (const DemoSchool &school : Schools) {
        const QString code = QString::fromLatin1(school.code);
        // 37039901xx belongs to 370399001: the county code, then 0 and the town number.
        const QString townCode = code.left(6) + QLatin1Char('0') + code.mid(6, 2);
        list.append(SchoolInfo{code, QString::fromUtf8(school.name), townCode,
                               QString::fromLatin1(school.type), QString::fromLatin1(school.location),
                               QString::fromLatin1(school.ownership), school.boarding, school.students,
                               county().code});
    }
    return list;
}

Result<DemoSetup> DemoCounty::create(ServerDatabase &database, const QString &codesFilePath)
{
    SqlTransaction transaction(database.connection());
    if (Status status = transaction.begin(); !status)
        return status.error();
    CountyDirectory directory(database.connection());
    auto existing = directory.county();
    if (!existing)
        return existing.error();
    if (existing.value())
        return DemoSetup{};

    const CountyInfo info = county();
    const QList<TownInfo> townList = towns();
    const QList<SchoolInfo> schoolList = schools();
    if (Status status = directory.insert(info, townList, schoolList); !status)
        return status.error();

    DemoSetup setup;
    setup.created = true;
    EnrolmentService enrolment(database.connection());
    auto add = [&](const QString &role, const QString &code, const QString &name) -> Status {
        auto issued = enrolment.insertCode(info.code, role, code);
        if (!issued)
            return issued.error();
        setup.codes.append(DemoCode{role, code, name, issued.value()});
        return Ok{};
    };
    if (Status status = add(QStringLiteral("county"), info.code, info.name); !status)
        return status.error();
    for (const TownInfo &town : townList) {
        if (Status status = add(QStringLiteral("town"), town.code, town.name); !status)
            return status.error();
    }
    for (const SchoolInfo &school : schoolList) {
        if (Status status = add(QStringLiteral("school"), school.code, school.name); !status)
            return status.error();
    }
    if (Status status =
            AuditLog(database.connection())
                .write(info.code, QStringLiteral("cli"), QStringLiteral("init_demo"), info.code,
                       QStringLiteral("%1 个乡镇，%2 所学校").arg(townList.size()).arg(schoolList.size()));
        !status)
        return status.error();
    if (!codesFilePath.isEmpty()) {
        if (Status status = writeCodesFile(setup.codes, codesFilePath); !status)
            return status.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return setup;
}

Status DemoCounty::writeCodesFile(const QList<DemoCode> &codes, const QString &filePath)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return makeError("server.io",
                         QStringLiteral("写不了登记码文件 %1：%2").arg(filePath, file.errorString()));
    for (const DemoCode &code : codes)
        file.write(QStringList{code.role, code.scopeCode, code.scopeName, code.code}
                       .join(QLatin1Char('\t'))
                       .toUtf8() +
                   '\n');
    if (!file.commit())
        return makeError("server.io",
                         QStringLiteral("写不了登记码文件 %1：%2").arg(filePath, file.errorString()));
    // The codes are credentials: readable by the owner only.
    QFile::setPermissions(filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return Ok{};
}

} // namespace junheng::server
