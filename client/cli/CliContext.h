#pragma once

#include "EnrolLink.h"

#include "FormCatalog.h"
#include "LocalStore.h"

#include <QJsonObject>
#include <QTextStream>
#include <memory>

namespace junheng {

// What every junheng-cli command works with: the device store, the forms, and where to write.
struct CliContext
{
    std::unique_ptr<LocalStore> store;
    FormCatalog forms;
    bool json = false;
    QTextStream out{stdout};
    QTextStream err{stderr};

    // Prints an object as one JSON line (--json) or runs the human printer.
    void emitResult(const QJsonObject &object, const std::function<void()> &human);
    // Prints the error (JSON on stdout with --json, else Chinese on stderr) and returns exitCode.
    int fail(const Error &error, int exitCode = 1);
};

enum CliExit { ExitOk = 0, ExitError = 1, ExitUsage = 2, ExitSyncFailed = 3 };

QJsonObject recordJson(const LocalRecord &record, bool withPayload);

// enrol --link / --qr: the enrolment link pasted, or read from a QR code image (SyncCommands.cpp).
Result<protocol::EnrolLink> enrolLinkFrom(const QString &link, const QString &qrImage);
int runEnrol(CliContext &ctx, const QString &server, const QString &code, const QString &name,
             const QString &fingerprint);
int runStatus(CliContext &ctx);
int runList(CliContext &ctx, const QString &formId);
int runShow(CliContext &ctx, const QString &which);
int runFill(CliContext &ctx, const QString &formId, const QString &file, bool finalise);
int runFinalise(CliContext &ctx, const QString &which);
int runSync(CliContext &ctx, bool resendAll);
// Everything the assessment engine computes from this device's records of the current cycle.
struct ReportCommand
{
    QString profileId;
    bool withStudents = false;
    QString xlsxPath, pdfPath; // the report an official hands up (reports/), when given
    QString town;              // a county device: that town's report only
};
int runReport(CliContext &ctx, const ReportCommand &command);

// junheng-cli import FILE --form ID [--layout L] [--map "列名=字段,…"] [--dry-run] [--valid-only]
// [--report 问题.xlsx] (ExchangeCommands.cpp)
struct ImportCommand
{
    QString file;
    QString formId;
    QString layoutId; // empty: the form's layout
    QString mapping;  // "工号=staff_no,学历=degree"
    bool dryRun = false;
    bool validOnly = false;
    QString reportPath;
};
int runImport(CliContext &ctx, const ImportCommand &command);
// junheng-cli reason ID --row KEY --field FIELD --text "…" | --reasons FILE.csv, and show ID --warnings
// (ReasonCommands.cpp): the reasons for keeping values with soft warnings.
struct ReasonCommand
{
    QString formId;
    QString rowKey; // a roster row's key (学籍号; composite keys joined by "/", e.g. 1/1班)
    QString fieldId;
    QString text;
    QString reasonsFile; // CSV: row key, field, reason (one per line; a header line is skipped)
};
int runReason(CliContext &ctx, const ReasonCommand &command);
// The PIN of the student health data (PinCommands.cpp): $JUNHENG_PIN, else asked on a terminal (mayAsk);
// with neither, S5/S6 stay locked and say so when used. junheng-cli pin sets or changes it.
Status unlockStore(CliContext &ctx, bool mayAsk);
int runPin(CliContext &ctx);
int runShowWarnings(CliContext &ctx, const QString &formId);
int runExport(CliContext &ctx, const QString &formId, const QString &layoutId, const QString &path);

// junheng-cli cycle list | open ID --name N --opens D --closes D [--profile P] [--draft] | publish ID |
// close ID, and review approve|return SCHOOL FORM --reviewer NAME [--comment …] | review show [SCHOOL] FORM
// (ReviewCommands.cpp). Both need a connection to the server.
struct CycleOptions
{
    QString name;
    QString opensOn;
    QString closesOn;
    QString profile;
    QString person;
    bool draftOnly = false;
};
int runCycle(CliContext &ctx, const QStringList &args, const CycleOptions &options);
struct ReviewOptions
{
    QString reviewer;
    QStringList comments;
};
int runReview(CliContext &ctx, const QStringList &args, const ReviewOptions &options);
struct CompletenessTable;
QJsonObject completenessJson(const CompletenessTable &table);
void printCompleteness(CliContext &ctx, const CompletenessTable &table);

} // namespace junheng
