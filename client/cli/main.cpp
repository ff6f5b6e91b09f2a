// junheng-cli: the device's store from a terminal or a script (the same store and validation as the app).
#include "CliContext.h"
#include "Language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

using namespace junheng;

// Painting a PDF needs a QGuiApplication; on the offscreen platform it needs no display.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--pdf") == 0 || qstrncmp(argv[i], "--pdf=", 6) == 0) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            return std::make_unique<QGuiApplication>(argc, argv);
        }
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName("Junheng");
    QCoreApplication::setApplicationName("junheng");
    QCoreApplication::setApplicationVersion(QStringLiteral(JUNHENG_VERSION));

    // The language before any text is made (--help included): --lang, else LC_ALL / LC_MESSAGES / LANG
    // (unset or C: Chinese).
    std::optional<i18n::Language> language;
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            language = i18n::parse(arguments.at(i).mid(7));
        else if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            language = i18n::parse(arguments.at(i + 1));
    }
    i18n::apply(language.value_or(i18n::fromEnvironment()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CliMain",
        "均衡 命令行客户端\n\n命令：\n"
        "  enrol --server URL --code CODE [--fingerprint SHA256] [--replace]\n"
        "  enrol --link junheng://enrol?… | --qr 二维码.png [--replace]\n"
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
        "         [--xlsx 报告.xlsx] [--pdf 报告.pdf] [--town 乡镇]\n"
        "                                                 县、乡镇的监测报告（Excel 和带图表的 PDF）\n"
        "  cycle list|open ID --name N --opens D --closes D [--draft]|publish ID|close ID\n"
        "                                                 评估周期（县教育局）\n"
        "  review approve|return 学校 表单 --reviewer 姓名 [--comment 字段=意见 …] | review show [学校] "
        "表单\n"
        "                                                 审核提交的表单（乡镇、县），查看审核意见\n"

        "  pin                                            设置或更换保护学生健康数据（S5、S6）的 PIN\n\n"
        "PIN：S5、S6 加密保存，命令从环境变量 JUNHENG_PIN 取 PIN，没有时在终端里询问（更换用 "
        "JUNHENG_NEW_PIN）。"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        "command", "enrol, status, list, show, fill, finalise, sync, import, export, report, cycle, review");
    const QCommandLineOption dataDir(
        "data-dir",
        QCoreApplication::translate("CliMain",
                                    "本机数据目录（默认为系统的应用数据目录，或 $JUNHENG_DATA_DIR）"),
        "DIR");
    const QCommandLineOption formsDir(
        "forms", QCoreApplication::translate("CliMain", "表单定义目录（默认用内置表单）"), "DIR");
    const QCommandLineOption json("json",
                                  QCoreApplication::translate("CliMain", "以 JSON 输出（每个结果一行）"));
    const QCommandLineOption server(
        "server", QCoreApplication::translate("CliMain", "服务器地址，如 https://jh.example.gov.cn"), "URL");
    const QCommandLineOption code("code", QCoreApplication::translate("CliMain", "一次性登记码"), "CODE");
    const QCommandLineOption name("name", QCoreApplication::translate("CliMain", "本设备的名称"), "NAME");
    const QCommandLineOption fingerprint(
        "fingerprint",
        QCoreApplication::translate("CliMain", "服务器证书的 SHA-256 指纹（自签名证书时，由县里给出）"),
        "SHA256");
    const QCommandLineOption link(
        "link",
        QCoreApplication::translate("CliMain",
                                    "登记链接 junheng://enrol?…（登记二维码的内容，代替 --server/--code）"),
        "LINK");
    const QCommandLineOption qrImage(
        "qr", QCoreApplication::translate("CliMain", "从登记二维码图片（PNG/JPG）读出登记链接"), "FILE");
    const QCommandLineOption form("form", QCoreApplication::translate("CliMain", "只列出这张表"), "ID");
    const QCommandLineOption finalise("finalise", QCoreApplication::translate("CliMain", "填写后立即定稿"));
    const QCommandLineOption replace("replace",
                                     QCoreApplication::translate("CliMain", "本机已登记时，换成新的登记"));
    const QCommandLineOption resendAll(
        "resend-all",
        QCoreApplication::translate("CliMain", "把已发送的记录全部重新发送（服务器已有的不会重复保存）"));
    const QCommandLineOption layout(
        "layout",
        QCoreApplication::translate(
            "CliMain", "文件格式：fitness（国家体质健康上报）、myopia（近视筛查）、teachers（教师名册）"),
        "L");
    const QCommandLineOption map(
        "map",
        QCoreApplication::translate("CliMain", "列对应，文件的列名=字段名，如 \"工号=staff_no,学历=degree\""),
        "MAP");
    const QCommandLineOption dryRun("dry-run",
                                    QCoreApplication::translate("CliMain", "只检查并列出问题，不写入"));
    const QCommandLineOption validOnly(
        "valid-only", QCoreApplication::translate("CliMain", "有错误的行不导入，只导入没有错误的行"));
    const QCommandLineOption report(
        "report", QCoreApplication::translate("CliMain", "把问题清单保存为 Excel 文件"), "FILE.xlsx");
    const QCommandLineOption outFile(
        "out", QCoreApplication::translate("CliMain", "导出到这个文件（.xlsx 或 .csv）"), "FILE");
    const QCommandLineOption profile(
        "profile",
        QCoreApplication::translate(
            "CliMain", "评估阈值档案：national（默认）、shandong、huantai、hebei、xingtai、jingyan"),
        "ID", "national");
    const QCommandLineOption students(
        "students", QCoreApplication::translate("CliMain", "报告中列出每名学生的得分和筛查结果"));
    parser.addOptions({dataDir, formsDir, json, server, code, name, fingerprint, form, finalise, replace,
                       resendAll, layout, map, dryRun, validOnly, report, outFile, profile, students});
    const QCommandLineOption lang(
        "lang",
        QCoreApplication::translate("CliMain",
                                    "输出语言：zh_CN（中文）或 en（English）；默认按环境变量 LANG"),
        "LANG");
    parser.addOption(lang);
    const QCommandLineOption xlsxReport(
        "xlsx", QCoreApplication::translate("CliMain", "把监测报告保存为 Excel 文件"), "FILE.xlsx");
    const QCommandLineOption pdfReport(
        "pdf", QCoreApplication::translate("CliMain", "把监测报告保存为 PDF 文件（含图表）"), "FILE.pdf");
    const QCommandLineOption town(
        "town", QCoreApplication::translate("CliMain", "县级设备：只出这个乡镇的报告"), "TOWN");
    const QCommandLineOption opens("opens", QCoreApplication::translate("CliMain", "周期开始日期 YYYY-MM-DD"),
                                   "DATE");
    const QCommandLineOption closes(
        "closes", QCoreApplication::translate("CliMain", "周期截止日期 YYYY-MM-DD（当天 24 时，北京时间）"),
        "DATE");
    const QCommandLineOption draftCycle(
        "draft", QCoreApplication::translate("CliMain", "cycle open：只建立，暂不发布"));
    const QCommandLineOption reviewer(
        "reviewer", QCoreApplication::translate("CliMain", "审核人（或操作人）姓名"), "NAME");
    const QCommandLineOption comment(
        "comment",
        QCoreApplication::translate("CliMain", "审核意见：字段=意见，或 记录UUID/字段=意见（可多次）"),
        "TEXT");
    parser.addOptions({xlsxReport, pdfReport, town, link, qrImage});
    parser.addOptions({opens, closes, draftCycle, reviewer, comment});
    const QCommandLineOption warnings("warnings",
                                      QCoreApplication::translate("CliMain", "show：只列出还没写原因的提醒"));
    const QCommandLineOption rowKey(
        "row", QCoreApplication::translate("CliMain", "reason：名单中的行（学籍号、工号；班级为 年级/班级）"),
        "编号");
    const QCommandLineOption fieldId(
        "field", QCoreApplication::translate("CliMain", "reason：字段名或字段的中文名称"), "字段");
    const QCommandLineOption reasonText("text", QCoreApplication::translate("CliMain", "reason：原因"),
                                        "原因");
    const QCommandLineOption reasonsFile(
        "reasons", QCoreApplication::translate("CliMain", "reason：CSV 文件，每行 编号,字段,原因"),
        "FILE.csv");
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
        ctx.err << QCoreApplication::translate("CliMain", "用法：junheng-cli %1\n").arg(QLatin1String(usage));
        return false;
    };

    // Refuse an unknown command before touching the disk (opening the store creates its folder).
    static const QStringList commands{"enrol",    "status",   "list",   "show",   "fill",
                                      "finalise", "finalize", "sync",   "import", "export",
                                      "report",   "cycle",    "review", "reason", "pin"};
    if (!commands.contains(command)) {
        ctx.err << QCoreApplication::translate(
                       "CliMain", "不认识的命令“%1”。可用：enrol, status, list, show, fill, finalise, sync, "
                                  "import, export, report, cycle, review, reason, pin。\n")
                       .arg(command);
        return ExitUsage;
    }
    if (command == "import" && (args.size() < 2 || !parser.isSet(form))) {
        ctx.err << QCoreApplication::translate(
            "CliMain", "用法：junheng-cli import 文件 --form 表单 [--layout 格式] [--map 列名=字段,…] "
                       "[--dry-run] [--valid-only] [--report 问题.xlsx]\n");
        return ExitUsage;
    }
    if (command == "export" && (!parser.isSet(form) || !parser.isSet(outFile))) {
        ctx.err << QCoreApplication::translate(
            "CliMain", "用法：junheng-cli export --form 表单 --out 文件.xlsx|文件.csv [--layout 格式]\n");
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
    // The forms of the device's cycle are the ones the county published (a chosen --forms folder wins).
    if (!parser.isSet(formsDir)) {
        auto published = ctx.forms.withPublished(ctx.store->publishedForms());
        if (published)
            ctx.forms = std::move(published).value();
        else
            ctx.err << QCoreApplication::translate("CliMain",
                                                   "县教育局发布的表单用不了，先用本软件自带的表单：%1\n")
                           .arg(published.error().message);
    }
    if (command == "pin")
        return runPin(ctx);
    // The student health data opens with the PIN; status and enrol never need it.
    if (Status unlocked = unlockStore(ctx, command != "status" && command != "enrol"); !unlocked)
        return ctx.fail(unlocked.error());

    if (command == "enrol") {
        if (parser.isSet(link) || parser.isSet(qrImage)) {
            auto parsed = enrolLinkFrom(parser.value(link), parser.value(qrImage));
            if (!parsed)
                return ctx.fail(parsed.error());
            if (const auto current = ctx.store->enrolment(); current && !parser.isSet(replace))
                return ctx.fail(makeError(
                    "enrol.already",
                    QStringLiteral("本机已登记为 %1（%2）。如确实要换成新的登记，请加 --replace 再运行一次。")
                        .arg(current->scopeName, current->scopeCode)));
            return runEnrol(ctx, parsed->server.toString(), parsed->code, parser.value(name),
                            parsed->fingerprint);
        }
        if (!parser.isSet(server) || !parser.isSet(code)) {
            ctx.err << QCoreApplication::translate(
                "CliMain", "用法：junheng-cli enrol --server URL --code CODE [--name NAME]\n");
            return ExitUsage;
        }
        if (const auto current = ctx.store->enrolment(); current && !parser.isSet(replace))
            return ctx.fail(makeError(
                "enrol.already",
                QCoreApplication::translate(
                    "CliMain", "本机已登记为 %1（%2）。如确实要换成新的登记，请加 --replace 再运行一次。")
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
        return runReport(ctx, ReportCommand{parser.value(profile), parser.isSet(students),
                                            parser.value(xlsxReport), parser.value(pdfReport),
                                            parser.value(town)});
    if (command == "cycle")
        return runCycle(ctx, args.mid(1),
                        CycleOptions{parser.value(name), parser.value(opens), parser.value(closes),
                                     parser.isSet(profile) ? parser.value(profile) : QString(),
                                     parser.value(reviewer), parser.isSet(draftCycle)});
    if (command == "review")
        return runReview(ctx, args.mid(1), ReviewOptions{parser.value(reviewer), parser.values(comment)});
    return runSync(ctx, parser.isSet(resendAll)); // the only command left: the list above was checked
}
