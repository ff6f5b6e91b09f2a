// junheng-cli: the device's store from a terminal or a script (the same store and validation as the app).
#include "CliContext.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace junheng;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName("Junheng");
    QCoreApplication::setApplicationName("junheng");
    QCoreApplication::setApplicationVersion(QStringLiteral(JUNHENG_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "均衡 命令行客户端\n\n命令：\n"
        "  enrol --server URL --code CODE [--fingerprint SHA256] [--replace]\n"
        "                                                 用登记码把本机登记到服务器\n"
        "  status                                         登记信息与同步状态\n"
        "  list [--form ID]                               本机的记录\n"
        "  show ID|UUID                                   一条记录的内容和校验结果（ID 为表单代码，如 S1）\n"
        "  show ID --warnings                             列出还没写原因的提醒（名单表逐行列出）\n"
        "  reason ID [--row 编号] --field 字段 --text 原因 | --reasons 原因.csv\n"
        "                                                 为超出常见范围的值写明原因（CSV：编号,字段,原因）\n"
        "  fill ID FILE.json [--finalise]                 用 JSON 文件填写本校的表单（保存为草稿）\n"
        "  finalise ID|UUID                               校验并定稿，进入待发送队列\n"
        "  sync [--resend-all]                            与服务器同步\n"
        "  import FILE --form ID [--layout L] [--map 列名=字段,…] [--dry-run] [--valid-only] [--report "
        "问题.xlsx]\n"
        "                                                 导入名单文件（CSV 或 "
        "XLSX）：先检查，全部无误才写入\n"
        "  export --form ID --out FILE.xlsx|FILE.csv [--layout L]\n"
        "                                                 按原来的文件格式导出名单\n"
        "  report [--profile ID] [--students]             本校各项指标：达标情况、差距、体质健康、近视\n"
        "  pin                                            设置或更换保护学生健康数据（S5、S6）的 PIN\n\n"
        "PIN：S5、S6 加密保存，命令从环境变量 JUNHENG_PIN 取 PIN，没有时在终端里询问（更换用 "
        "JUNHENG_NEW_PIN）。"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument("command",
                                 "enrol, status, list, show, fill, finalise, sync, import, export, report");
    const QCommandLineOption dataDir("data-dir",
                                     "本机数据目录（默认为系统的应用数据目录，或 $JUNHENG_DATA_DIR）", "DIR");
    const QCommandLineOption formsDir("forms", "表单定义目录（默认用内置表单）", "DIR");
    const QCommandLineOption json("json", "以 JSON 输出（每个结果一行）");
    const QCommandLineOption server("server", "服务器地址，如 https://jh.example.gov.cn", "URL");
    const QCommandLineOption code("code", "一次性登记码", "CODE");
    const QCommandLineOption name("name", "本设备的名称", "NAME");
    const QCommandLineOption fingerprint("fingerprint",
                                         "服务器证书的 SHA-256 指纹（自签名证书时，由县里给出）", "SHA256");
    const QCommandLineOption form("form", "只列出这张表", "ID");
    const QCommandLineOption finalise("finalise", "填写后立即定稿");
    const QCommandLineOption replace("replace", "本机已登记时，换成新的登记");
    const QCommandLineOption resendAll("resend-all",
                                       "把已发送的记录全部重新发送（服务器已有的不会重复保存）");
    const QCommandLineOption layout(
        "layout", "文件格式：fitness（国家体质健康上报）、myopia（近视筛查）、teachers（教师名册）", "L");
    const QCommandLineOption map("map", "列对应，文件的列名=字段名，如 \"工号=staff_no,学历=degree\"", "MAP");
    const QCommandLineOption dryRun("dry-run", "只检查并列出问题，不写入");
    const QCommandLineOption validOnly("valid-only", "有错误的行不导入，只导入没有错误的行");
    const QCommandLineOption report("report", "把问题清单保存为 Excel 文件", "FILE.xlsx");
    const QCommandLineOption outFile("out", "导出到这个文件（.xlsx 或 .csv）", "FILE");
    const QCommandLineOption profile(
        "profile", "评估阈值档案：national（默认）、shandong、huantai、hebei、xingtai、jingyan", "ID",
        "national");
    const QCommandLineOption students("students", "报告中列出每名学生的得分和筛查结果");
    parser.addOptions({dataDir, formsDir, json, server, code, name, fingerprint, form, finalise, replace,
                       resendAll, layout, map, dryRun, validOnly, report, outFile, profile, students});
    const QCommandLineOption warnings("warnings", "show：只列出还没写原因的提醒");
    const QCommandLineOption rowKey("row", "reason：名单中的行（学籍号、工号；班级为 年级/班级）", "编号");
    const QCommandLineOption fieldId("field", "reason：字段名或字段的中文名称", "字段");
    const QCommandLineOption reasonText("text", "reason：原因", "原因");
    const QCommandLineOption reasonsFile("reasons", "reason：CSV 文件，每行 编号,字段,原因", "FILE.csv");
    parser.addOptions({warnings, rowKey, fieldId, reasonText, reasonsFile});
    parser.process(app);

    CliContext ctx;
    ctx.json = parser.isSet(json);
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        ctx.err << parser.helpText();
        return ExitUsage;
    }
    const QString command = args.first();
    auto needArgs = [&](int count, const char *usage) {
        if (args.size() - 1 >= count)
            return true;
        ctx.err << QStringLiteral("用法：junheng-cli %1\n").arg(QLatin1String(usage));
        return false;
    };

    // Refuse an unknown command before touching the disk (opening the store creates its folder).
    static const QStringList commands{"enrol", "status", "list",   "show",   "fill",   "finalise", "finalize",
                                      "sync",  "import", "export", "report", "reason", "pin"};
    if (!commands.contains(command)) {
        ctx.err << QStringLiteral("不认识的命令“%1”。可用：enrol, status, list, show, fill, finalise, sync, "
                                  "import, export, report, reason, pin。\n")
                       .arg(command);
        return ExitUsage;
    }
    if (command == "import" && (args.size() < 2 || !parser.isSet(form))) {
        ctx.err << QStringLiteral(
            "用法：junheng-cli import 文件 --form 表单 [--layout 格式] [--map 列名=字段,…] "
            "[--dry-run] [--valid-only] [--report 问题.xlsx]\n");
        return ExitUsage;
    }
    if (command == "export" && (!parser.isSet(form) || !parser.isSet(outFile))) {
        ctx.err << QStringLiteral(
            "用法：junheng-cli export --form 表单 --out 文件.xlsx|文件.csv [--layout 格式]\n");
        return ExitUsage;
    }

    const QString path = parser.isSet(dataDir) ? parser.value(dataDir) + QStringLiteral("/junheng.db")
                                               : LocalStore::defaultPath();
    auto store = LocalStore::open(path);
    if (!store)
        return ctx.fail(store.error());
    ctx.store = std::move(store).value();
    auto catalog = FormCatalog::load(
        parser.isSet(formsDir) ? parser.value(formsDir) : QString::fromLatin1(FormCatalog::builtInDirectory));
    if (!catalog)
        return ctx.fail(catalog.error());
    ctx.forms = std::move(catalog).value();
    if (command == "pin")
        return runPin(ctx);
    // The student health data opens with the PIN; status and enrol never need it.
    if (Status unlocked = unlockStore(ctx, command != "status" && command != "enrol"); !unlocked)
        return ctx.fail(unlocked.error());

    if (command == "enrol") {
        if (!parser.isSet(server) || !parser.isSet(code)) {
            ctx.err << QStringLiteral("用法：junheng-cli enrol --server URL --code CODE [--name NAME]\n");
            return ExitUsage;
        }
        if (const auto current = ctx.store->enrolment(); current && !parser.isSet(replace))
            return ctx.fail(makeError(
                "enrol.already",
                QStringLiteral("本机已登记为 %1（%2）。如确实要换成新的登记，请加 --replace 再运行一次。")
                    .arg(current->scopeName, current->scopeCode)));
        return runEnrol(ctx, parser.value(server), parser.value(code), parser.value(name),
                        parser.value(fingerprint));
    }
    if (command == "status")
        return runStatus(ctx);
    if (command == "list")
        return runList(ctx, parser.value(form));
    if (command == "show" && parser.isSet(warnings))
        return needArgs(1, "show ID --warnings") ? runShowWarnings(ctx, args.at(1)) : int(ExitUsage);
    if (command == "reason") {
        const bool one = parser.isSet(fieldId) && parser.isSet(reasonText);
        if (args.size() < 2 || one == parser.isSet(reasonsFile)) {
            ctx.err << QStringLiteral(
                "用法：junheng-cli reason 表单 [--row 编号] --field 字段 --text 原因\n"
                "      junheng-cli reason 表单 --reasons 原因.csv（每行 编号,字段,原因）\n");
            return ExitUsage;
        }
        return runReason(ctx, ReasonCommand{args.at(1), parser.value(rowKey), parser.value(fieldId),
                                            parser.value(reasonText), parser.value(reasonsFile)});
    }
    if (command == "show")
        return needArgs(1, "show ID|UUID") ? runShow(ctx, args.at(1)) : int(ExitUsage);
    if (command == "fill")
        return needArgs(2, "fill ID FILE.json [--finalise]")
                   ? runFill(ctx, args.at(1), args.at(2), parser.isSet(finalise))
                   : int(ExitUsage);
    if (command == "finalise" || command == "finalize")
        return needArgs(1, "finalise ID|UUID") ? runFinalise(ctx, args.at(1)) : int(ExitUsage);
    if (command == "import" && !needArgs(1, "import FILE --form ID [--layout L] [--map …] [--dry-run]"))
        return ExitUsage;
    if (command == "import")
        return runImport(ctx, ImportCommand{args.at(1), parser.value(form), parser.value(layout),
                                            parser.value(map), parser.isSet(dryRun), parser.isSet(validOnly),
                                            parser.value(report)});
    if (command == "export")
        return runExport(ctx, parser.value(form), parser.value(layout), parser.value(outFile));
    if (command == "report")
        return runReport(ctx, parser.value(profile), parser.isSet(students));
    return runSync(ctx, parser.isSet(resendAll)); // the only command left: the list above was checked
}
