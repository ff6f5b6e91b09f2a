#include "ReportService.h"

#include "CountyDirectory.h"
#include "LedgerRecords.h"
#include "RecordService.h"
#include "ReportBuilder.h"
#include "ReportPdf.h"
#include "ReportText.h"
#include "ReportXlsx.h"
#include "UploadFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>

namespace junheng::server {

namespace {

Result<QByteArray> readBack(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError("server.report", file.errorString());
    return file.readAll();
}

} // namespace

Result<ReportService::File> ReportService::report(const Caller &caller, const QUrlQuery &query)
{
    const QString format = query.queryItemValue(QStringLiteral("format")).toLower();
    if (!format.isEmpty() && format != QLatin1String("json") && format != QLatin1String("xlsx") &&
        format != QLatin1String("pdf") && format != QLatin1String("upload"))
        return makeError(
            "request.invalid",
            ReportText::tr("参数 format 应为 json、xlsx、pdf 或 upload（国家体测上报文件），收到“%1”。")
                .arg(format.left(20)));
    if (caller.role == QLatin1String("school"))
        return makeError("scope.forbidden",
                         ReportText::tr("学校设备不能取县、乡镇的监测报告；请向乡镇或县教育局索取。"));

    const CountyDirectory directory(m_db, caller.countyCode);
    auto county = directory.county();
    if (!county)
        return county.error();
    if (!county.value())
        return makeError("request.invalid", ReportText::tr("服务器上还没有县的名单，不能出报告。"));
    auto towns = directory.towns();
    if (!towns)
        return towns.error();
    auto schools = directory.schools();
    if (!schools)
        return schools.error();

    // The town of the report: a town device's own; a county device's choice (by name or code).
    QString townName;
    const QString askedTown = query.queryItemValue(QStringLiteral("town"), QUrl::FullyDecoded);
    QHash<QString, QString> townNames; // code -> name
    for (const TownInfo &town : towns.value())
        townNames.insert(town.code, town.name);
    if (caller.role == QLatin1String("town")) {
        townName = townNames.value(caller.scopeCode);
        if (!askedTown.isEmpty() && askedTown != townName && askedTown != caller.scopeCode)
            return makeError("scope.forbidden",
                             ReportText::tr("乡镇设备只能取本乡镇（%1）的报告。").arg(townName));
    } else if (!askedTown.isEmpty()) {
        townName = townNames.contains(askedTown) ? townNames.value(askedTown) : askedTown;
        if (!townNames.values().contains(townName))
            return makeError("request.invalid", ReportText::tr("本县没有乡镇“%1”。").arg(askedTown.left(40)));
    }

    const QString cycle = query.queryItemValue(QStringLiteral("cycle")).isEmpty()
                              ? county.value()->cycleId
                              : query.queryItemValue(QStringLiteral("cycle"));
    const QString base = townName.isEmpty() ? county.value()->name : county.value()->name + townName;
    if (format == QLatin1String("upload"))
        return uploadFile(caller, townName, townNames, schools.value(), cycle, base);

    const QString profileId = query.queryItemValue(QStringLiteral("profile")).isEmpty()
                                  ? QStringLiteral("national")
                                  : query.queryItemValue(QStringLiteral("profile"));
    auto profile = ThresholdProfile::load(profileId);
    if (!profile)
        return makeError("request.invalid", profile.error().message);
    auto standard = FitnessStandard::load();
    if (!standard)
        return makeError("server.report", standard.error().message);

    auto records = m_records.list(caller, QString(), QString());
    if (!records)
        return records.error();
    QList<FormRecord> forms;
    forms.reserve(records->size());
    for (const protocol::WireRecord &record : records.value())
        forms << FormRecord{record.formId, record.schoolCode, record.cycle, record.payload};

    ReportScope scope;
    scope.cycle = cycle;
    scope.schoolDevice = false;
    scope.countyName = county.value()->name;
    for (const SchoolInfo &school : schools.value())
        scope.schools.insert(school.code,
                             ReportScope::SchoolLabel{school.name, townNames.value(school.townCode)});
    const ReportInputs inputs = ReportInputs::fromRecords(forms, scope, profile.value());
    const AssessmentReport report = AssessmentReport::compute(inputs, profile.value(), standard.value());

    if (format.isEmpty() || format == QLatin1String("json")) {
        QJsonObject object = report.toJson(false);
        object.insert("cycle", scope.cycle);
        object.insert("town", townName);
        return File{QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json",
                    base + QStringLiteral("监测报告.json")};
    }
    ReportMeta meta;
    meta.countyName = county.value()->name;
    meta.town = townName;
    meta.cycle = county.value()->cycleName.isEmpty() ? scope.cycle : county.value()->cycleName;
    meta.owners = LedgerRecords::owners(forms, scope.cycle);
    const ReportBook book = ReportBuilder::build(report, meta);
    QTemporaryDir dir;
    if (!dir.isValid())
        return makeError("server.report", dir.errorString());
    const QString path = dir.filePath(QStringLiteral("report.") + format);
    const Status written =
        format == QLatin1String("pdf") ? ReportPdf::write(book, path) : ReportXlsx::write(book, path);
    if (!written)
        return makeError("server.report", written.error().message);
    auto bytes = readBack(path);
    if (!bytes)
        return bytes.error();
    return File{bytes.value(),
                format == QLatin1String("pdf")
                    ? QByteArray("application/pdf")
                    : QByteArray("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                base + QStringLiteral("监测报告.") + format};
}

Result<ReportService::File> ReportService::uploadFile(const Caller &caller, const QString &townName,
                                                      const QHash<QString, QString> &townNames,
                                                      const QList<SchoolInfo> &schools, const QString &cycle,
                                                      const QString &base)
{
    const FormDefinition *form = m_records.catalog().find(QStringLiteral("S6"));
    const Layout *layout = Layout::byId(QStringLiteral("fitness"));
    if (!form || !layout)
        return makeError("server.report",
                         ReportText::tr("服务器的表单里没有体质健康测试表（S6），不能出上报文件。"));
    auto records = m_records.list(caller, QStringLiteral("S6"), QString());
    if (!records)
        return records.error();
    // A county device asking for one town: only that town's schools (a town device's listing is its own).
    QSet<QString> townSchools;
    for (const SchoolInfo &school : schools)
        if (townNames.value(school.townCode) == townName)
            townSchools.insert(school.code);
    QList<UploadFile::Record> forms;
    forms.reserve(records->size());
    for (const protocol::WireRecord &record : records.value())
        if (townName.isEmpty() || townSchools.contains(record.schoolCode))
            forms << UploadFile::Record{record.formId, record.schoolCode, record.cycle, record.payload};

    QTemporaryDir dir;
    if (!dir.isValid())
        return makeError("server.report", dir.errorString());
    const QString path = dir.filePath(QStringLiteral("upload.xlsx"));
    auto written = UploadFile::write(path, *form, *layout, forms, cycle);
    if (!written)
        return makeError("server.report", written.error().message);
    auto bytes = readBack(path);
    if (!bytes)
        return bytes.error();
    return File{bytes.value(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                UploadFile::fileName(base)};
}

} // namespace junheng::server
