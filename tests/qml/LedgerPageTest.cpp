// The issue ledger page and its model on a real store: the failing items of the county's schools as the
// report lists them; an edit on the county device is checked field by field, saved as a C2 row and put in
// the outbox; a town device only reads; filters and the XLSX export; and the page drawn offscreen.
#include "AppRenderFixture.h"
#include "DashboardModel.h"
#include "FormCatalog.h"
#include "LedgerModel.h"
#include "TestPin.h"
#include "XlsxReader.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace junheng;
using namespace junheng::test;

namespace {

const QString Rich = QStringLiteral("3703990101");
const QString Weak = QStringLiteral("3703990102"); // fails R1, R4, R5, R6 (DashboardRenderTest)

void save(LocalStore &store, const QString &formId, const QString &school, const QJsonObject &payload)
{
    LocalRecord record;
    record.formId = formId;
    record.formVersion = 1;
    record.schoolCode = school;
    record.cycle = CycleId;
    auto saved = store.saveDraft(record, payload);
    ASSERT_TRUE(saved.ok()) << qPrintable(saved.error().message);
}

// A primary school (6+3) of 300 pupils with buildings and teachers scaled by `rich`.
void seedSchool(LocalStore &store, const QString &school, double rich)
{
    QJsonObject s1{{"school_type", "primary"}, {"school_system", "6_3"}, {"location", "town"},
                   {"ownership", "public"},    {"founded_year", 1990},   {"has_charter", true}};
    for (int grade = 1; grade <= 6; ++grade)
        s1.insert(QStringLiteral("students_g%1").arg(grade), 50);
    save(store, "S1", school, s1);
    save(store, "S4", school,
         QJsonObject{{"teaching_area", 1500 * rich},
                     {"sports_area_outdoor", 2400 * rich},
                     {"sports_area_indoor", 0},
                     {"equipment_value", 700000 * rich},
                     {"multimedia_rooms", int(12 * rich)},
                     {"music_rooms", 1},
                     {"art_rooms", 1},
                     {"classes", 6}});
    const QStringList subjects{"chinese", "math", "english", "pe", "music", "art", "science", "chinese"};
    for (int i = 0; i < int(18 * rich); ++i)
        save(store, "S3", school,
             QJsonObject{{"name", QStringLiteral("教师%1").arg(i)},
                         {"staff_no", QStringLiteral("%1-T%2").arg(school).arg(i)},
                         {"sex", i % 2 ? "2" : "1"},
                         {"birth_year", 1980 + i % 15},
                         {"full_time", true},
                         {"stage", "primary"},
                         {"subject", subjects.at(i % subjects.size())},
                         {"degree", i % 5 == 0 ? "junior_college" : "bachelor"},
                         {"certificate", true},
                         {"backbone", i % 4 == 0 ? "county" : "none"},
                         {"establishment", "staffed"}});
}

Enrolment enrolment(const QString &role, const QString &code, const QString &name)
{
    Enrolment e;
    e.serverUrl = QStringLiteral("http://127.0.0.1:8765");
    e.token = QStringLiteral("test-token");
    e.deviceId = QStringLiteral("tablet-1");
    e.role = role;
    e.scopeCode = code;
    e.scopeName = name;
    e.townName = role == QLatin1String("county") ? QString() : QStringLiteral("城关街道");
    e.countyName = QStringLiteral("云溪县");
    e.cycleId = CycleId;
    e.cycleName = QStringLiteral("2025年度优质均衡监测");
    return e;
}

// A county (or town) device holding two schools of 城关街道, the weak one failing.
void seedDevice(const QString &path, const QString &role)
{
    auto store = LocalStore::open(path);
    ASSERT_TRUE(store.ok()) << qPrintable(store.error().message);
    ASSERT_TRUE(store.value()
                    ->saveEnrolment(role == QLatin1String("county")
                                        ? enrolment("county", "370399", QStringLiteral("云溪县"))
                                        : enrolment("town", "370399001", QStringLiteral("城关街道")))
                    .ok());
    ASSERT_TRUE(junheng::testing::unlockForTests(*store.value()).ok());
    ASSERT_TRUE(store.value()
                    ->saveDirectory({DirectorySchool{Rich, QStringLiteral("云溪县实验小学"), "370399001",
                                                     QStringLiteral("城关街道"), "primary", 300},
                                     DirectorySchool{Weak, QStringLiteral("云溪县第二小学"), "370399001",
                                                     QStringLiteral("城关街道"), "primary", 300}})
                    .ok());
    seedSchool(*store.value(), Rich, 1.0);
    seedSchool(*store.value(), Weak, 0.6);
}

int rowOf(const LedgerModel &model, const QString &key)
{
    for (int i = 0; i < model.rowCount(); ++i)
        if (model.data(model.index(i), LedgerModel::KeyRole).toString() == key)
            return i;
    return -1;
}

QString value(const LedgerModel &model, int row, LedgerModel::Role role)
{
    return model.data(model.index(row), role).toString();
}

const QString WeakR4 = Weak + QStringLiteral("|R4.primary");

} // namespace

TEST(LedgerModelTest, ListsTheFailingItemsAsTheReportDoes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("junheng.db");
    seedDevice(path, "county");
    LedgerModel model;
    model.setStorePath(path);
    model.refresh();
    ASSERT_TRUE(model.error().isEmpty()) << qPrintable(model.error());
    EXPECT_TRUE(model.canEdit());
    for (const char *item : {"R1", "R4", "R5", "R6"}) {
        const int row = rowOf(model, Weak + "|" + item + ".primary");
        ASSERT_GE(row, 0) << item;
        EXPECT_TRUE(model.data(model.index(row), LedgerModel::FailingRole).toBool());
        EXPECT_EQ(value(model, row, LedgerModel::StatusRole), "open");
        EXPECT_EQ(value(model, row, LedgerModel::StatusLabelRole), QStringLiteral("未整改"));
        EXPECT_TRUE(value(model, row, LedgerModel::OwnerRole).isEmpty());
        EXPECT_EQ(value(model, row, LedgerModel::TownRole), QStringLiteral("城关街道"));
    }
    const int r4 = rowOf(model, WeakR4);
    EXPECT_FALSE(value(model, r4, LedgerModel::GapRole).isEmpty()) << "the gap, as the report says it";
    EXPECT_EQ(rowOf(model, Rich + "|R4.primary"), -1) << "the rich school passes R4";
}

TEST(LedgerModelTest, AnEditIsCheckedSavedAsAC2RowAndQueuedForSync)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("junheng.db");
    seedDevice(path, "county");
    LedgerModel model;
    model.setStorePath(path);
    model.refresh();
    ASSERT_GE(rowOf(model, WeakR4), 0);

    // Wrong in every field: nothing saved, each field says what is wrong.
    const QVariantMap refused =
        model.saveEntry(WeakR4, "  ", QStringLiteral("明年三月"), "maybe", QString(501, 'x'));
    EXPECT_FALSE(refused.value("ok").toBool());
    const QVariantMap errors = refused.value("errors").toMap();
    EXPECT_TRUE(errors.value("owner").toString().contains(QStringLiteral("请填写责任人")));
    EXPECT_TRUE(errors.value("due").toString().contains(QStringLiteral("“明年三月”不是日期")))
        << qPrintable(errors.value("due").toString());
    EXPECT_TRUE(errors.value("status").toString().contains(QStringLiteral("未整改、整改中或已整改")));
    EXPECT_TRUE(errors.value("note").toString().contains(QStringLiteral("500")));
    EXPECT_TRUE(model.checkEntry(QStringLiteral("王校长"), "2027-02-30", "open", {})
                    .value("due")
                    .toString()
                    .contains(QStringLiteral("不是日期")));
    {
        auto store = LocalStore::open(path);
        EXPECT_TRUE(store.value()->records("C2").isEmpty());
    }

    const QVariantMap saved = model.saveEntry(WeakR4, QStringLiteral(" 王校长 "), "2027/3/31", "in_progress",
                                              QStringLiteral("新建教学楼一栋"));
    ASSERT_TRUE(saved.value("ok").toBool()) << qPrintable(saved.value("message").toString());
    EXPECT_TRUE(saved.value("message").toString().contains(QStringLiteral("下次同步时发送")));
    QString uuid;
    {
        auto store = LocalStore::open(path);
        const QList<LocalRecord> rows = store.value()->records("C2");
        ASSERT_EQ(rows.size(), 1);
        const LocalRecord &row = rows.first();
        uuid = row.uuid;
        EXPECT_EQ(row.schoolCode, Weak) << "filed under the school, so its town pulls it";
        EXPECT_EQ(row.cycle, CycleId);
        EXPECT_EQ(row.status, RecordStatus::Finalised);
        EXPECT_EQ(row.payload.value("school_code").toString(), Weak);
        EXPECT_EQ(row.payload.value("item_code").toString(), "R4.primary");
        EXPECT_EQ(row.payload.value("owner").toString(), QStringLiteral("王校长"));
        EXPECT_EQ(row.payload.value("due_date").toString(), "2027-03-31");
        EXPECT_EQ(row.payload.value("status").toString(), "in_progress");
        EXPECT_FALSE(row.payload.value("item_title").toString().isEmpty());
        const QList<LocalRecord> outbox = store.value()->outboxBatch(100);
        EXPECT_TRUE(std::any_of(outbox.cbegin(), outbox.cend(), [&](const LocalRecord &r) {
            return r.uuid == uuid;
        })) << "the edit goes out with the next sync";
    }
    const int row = rowOf(model, WeakR4);
    EXPECT_EQ(value(model, row, LedgerModel::OwnerRole), QStringLiteral("王校长"));
    EXPECT_EQ(value(model, row, LedgerModel::DueRole), "2027-03-31");

    // Edited again: the same record, a new revision; a fresh model reads it back from the store.
    ASSERT_TRUE(
        model.saveEntry(WeakR4, QStringLiteral("张副校长"), "2027-03-31", "done", {}).value("ok").toBool());
    LedgerModel again;
    again.setStorePath(path);
    again.refresh();
    const int reread = rowOf(again, WeakR4);
    EXPECT_EQ(value(again, reread, LedgerModel::OwnerRole), QStringLiteral("张副校长"));
    EXPECT_EQ(value(again, reread, LedgerModel::StatusLabelRole), QStringLiteral("已整改"));
    auto store = LocalStore::open(path);
    const QList<LocalRecord> rows = store.value()->records("C2");
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().uuid, uuid);
    EXPECT_EQ(rows.first().revision, 2);
}

TEST(LedgerModelTest, FiltersByTownStatusAndOverdueAndExportsWhatIsShown)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("junheng.db");
    seedDevice(path, "county");
    LedgerModel model;
    model.setStorePath(path);
    model.refresh();
    const int all = model.rowCount();
    ASSERT_GE(all, 4);
    EXPECT_EQ(model.towns(), QStringList{QStringLiteral("城关街道")});
    ASSERT_TRUE(model.saveEntry(WeakR4, QStringLiteral("王校长"), "2027-03-31", "in_progress", {})
                    .value("ok")
                    .toBool());

    model.setToday(QDate(2027, 4, 1));
    model.setOverdueOnly(true);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(value(model, 0, LedgerModel::KeyRole), WeakR4);
    EXPECT_TRUE(model.data(model.index(0), LedgerModel::OverdueRole).toBool());
    EXPECT_TRUE(model.countsText().contains(QStringLiteral("已逾期 1 项"))) << qPrintable(model.countsText());
    model.setToday(QDate(2027, 3, 31));
    EXPECT_EQ(model.rowCount(), 0) << "due today is not overdue yet";
    model.setOverdueOnly(false);
    model.setStatusFilter("in_progress");
    EXPECT_EQ(model.rowCount(), 1);
    model.setStatusFilter("open");
    EXPECT_EQ(model.rowCount(), all - 1);
    model.setStatusFilter({});
    model.setTownFilter(QStringLiteral("西湖镇"));
    EXPECT_EQ(model.rowCount(), 0);
    model.setTownFilter(QStringLiteral("城关街道"));
    EXPECT_EQ(model.rowCount(), all);

    model.setStatusFilter("in_progress");
    QTemporaryDir out;
    const QString message = model.exportXlsx(QUrl::fromLocalFile(out.path()));
    EXPECT_TRUE(message.contains(QStringLiteral("已导出 1 项到"))) << qPrintable(message);
    const QStringList files = QDir(out.path()).entryList({"*.xlsx"});
    ASSERT_EQ(files.size(), 1);
    EXPECT_TRUE(files.first().startsWith(QStringLiteral("云溪县问题台账-")));
    EXPECT_TRUE(message.contains(QDir::toNativeSeparators(out.filePath(files.first()))));
    const auto sheet = XlsxReader::readFile(out.filePath(files.first()), QStringLiteral("问题台账"));
    ASSERT_TRUE(sheet.ok()) << qPrintable(sheet.error().message);
    bool found = false;
    for (const SheetRow &row : sheet.value().rows)
        found = found || (row.cells.value(6) == QStringLiteral("王校长") &&
                          row.cells.value(8) == QStringLiteral("整改中"));
    EXPECT_TRUE(found);
    EXPECT_FALSE(model.exportFailed());
    EXPECT_TRUE(
        model.exportXlsx(QUrl::fromLocalFile(out.filePath("nowhere"))).contains(QStringLiteral("不存在")));
    EXPECT_TRUE(model.exportFailed()) << "the page shows it in red";
}

// The app's report (DashboardModel::exportReport) takes the owners from the same C2 rows.
TEST(LedgerModelTest, TheDashboardsExportedReportCarriesTheEntry)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("junheng.db");
    seedDevice(path, "county");
    LedgerModel ledger;
    ledger.setStorePath(path);
    ledger.refresh();
    ASSERT_TRUE(ledger.saveEntry(WeakR4, QStringLiteral("王校长"), "2027-03-31", "in_progress", {})
                    .value("ok")
                    .toBool());

    DashboardModel dashboard;
    dashboard.setStorePath(path);
    dashboard.refresh();
    ASSERT_TRUE(dashboard.error().isEmpty()) << qPrintable(dashboard.error());
    QTemporaryDir out;
    const QString message = dashboard.exportReport(QUrl::fromLocalFile(out.path()));
    const QStringList files = QDir(out.path()).entryList({"*.xlsx"});
    ASSERT_EQ(files.size(), 1) << qPrintable(message);
    const auto sheet = XlsxReader::readFile(out.filePath(files.first()), QStringLiteral("问题台账"));
    ASSERT_TRUE(sheet.ok()) << qPrintable(sheet.error().message);
    bool found = false;
    for (const SheetRow &row : sheet.value().rows) {
        if (row.cells.value(6) != QStringLiteral("王校长"))
            continue;
        found = true;
        EXPECT_TRUE(row.cells.value(1).startsWith(QStringLiteral("云溪县第二小学")))
            << qPrintable(row.cells.join('|'));
        EXPECT_EQ(row.cells.value(7), "2027-03-31");
        EXPECT_EQ(row.cells.value(8), QStringLiteral("整改中"));
    }
    EXPECT_TRUE(found) << "the owner saved on the ledger page is in the exported report";
}

TEST(LedgerModelTest, ATownDeviceReadsButCannotEdit)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("junheng.db");
    seedDevice(path, "town");
    LedgerModel model;
    model.setStorePath(path);
    model.refresh();
    ASSERT_TRUE(model.error().isEmpty()) << qPrintable(model.error());
    EXPECT_FALSE(model.canEdit());
    ASSERT_GE(rowOf(model, WeakR4), 0);
    const QVariantMap refused = model.saveEntry(WeakR4, QStringLiteral("王校长"), "2027-03-31", "open", {});
    EXPECT_FALSE(refused.value("ok").toBool());
    EXPECT_TRUE(refused.value("message").toString().contains(QStringLiteral("由县教育局填写")));
    auto store = LocalStore::open(path);
    EXPECT_TRUE(store.value()->records("C2").isEmpty());

    // Nor can a C2 row written past the model be finalised there: the store refuses a county form.
    auto catalog = FormCatalog::load(FormCatalog::builtInDirectory);
    ASSERT_TRUE(catalog.ok());
    const FormDefinition *c2 = catalog->find("C2");
    ASSERT_NE(c2, nullptr);
    LocalRecord record;
    record.formId = "C2";
    record.formVersion = c2->version;
    record.schoolCode = Weak;
    record.cycle = CycleId;
    auto draft = store.value()->saveRosterRow(*c2, record,
                                              QJsonObject{{"school_code", Weak},
                                                          {"item_code", "R4.primary"},
                                                          {"owner", QStringLiteral("镇里填的")},
                                                          {"due_date", "2027-03-31"},
                                                          {"status", "open"}});
    ASSERT_TRUE(draft.ok()) << qPrintable(draft.error().message);
    auto finalised = store.value()->finalise(draft->uuid, *c2);
    ASSERT_FALSE(finalised.ok());
    EXPECT_EQ(finalised.error().code, "record.role");
    EXPECT_TRUE(store.value()->outboxBatch(100).isEmpty()) << "nothing of the ledger goes out from a town";
}

class LedgerRenderTest : public AppRenderTest
{
protected:
    // By objectName: among the window's QObject children, then in the item tree (a ListView's delegates
    // are the view's visual children only).
    QObject *named(const QString &name) const
    {
        for (QObject *object : m_window->findChildren<QObject *>())
            if (object->objectName() == name)
                return object;
        QList<QQuickItem *> pending{m_window->contentItem()};
        while (!pending.isEmpty()) {
            QQuickItem *item = pending.takeFirst();
            if (item->objectName() == name && item->isVisible())
                return item;
            pending << item->childItems();
        }
        return nullptr;
    }

    void click(const QString &name, int depth)
    {
        QObject *button = named(name);
        ASSERT_NE(button, nullptr) << qPrintable(name);
        ASSERT_TRUE(QMetaObject::invokeMethod(button, "clicked"));
        QObject *pages = stack();
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return pages->property("depth").toInt() == depth && !pages->property("busy").toBool(); },
            5000));
        ASSERT_TRUE(waitForFrame(m_window));
    }
};

TEST_F(LedgerRenderTest, CountyLedgerPageShowsItemsOwnersAndTheEditDialog)
{
    seedDevice(storePath(), "county");
    {
        LedgerModel seed;
        seed.setStorePath(storePath());
        seed.refresh();
        ASSERT_TRUE(seed.saveEntry(WeakR4, QStringLiteral("王校长"), "2025-12-31", "in_progress",
                                   QStringLiteral("新建教学楼一栋，2026年秋季投入使用"))
                        .value("ok")
                        .toBool());
    }
    startApp({1280, 900});
    click("dashboardButton", 2);
    click("dashboardLedger", 3);

    const QImage image = grab(QStringLiteral("ledger.png"));
    const QList<ShownText> shown = texts();
    for (const QString &needle :
         {QStringLiteral("问题台账 · 云溪县"), QStringLiteral("城关街道 · 云溪县第二小学"),
          QStringLiteral("责任人：王校长　完成时限：2025-12-31"), QStringLiteral("整改中 · 已逾期"),
          QStringLiteral("还没有指定责任人和完成时限。")})
        expectReadable(image, shown, needle);

    // The edit dialog with what is wrong, field by field.
    QObject *edit = named("ledgerEdit");
    ASSERT_NE(edit, nullptr);
    ASSERT_TRUE(QMetaObject::invokeMethod(edit, "clicked"));
    QObject *dialog = named("ledgerDialog");
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->property("opened").toBool(); }, 3000));
    named("ledgerOwner")->setProperty("text", QString());
    named("ledgerDue")->setProperty("text", QStringLiteral("明年三月"));
    ASSERT_TRUE(QMetaObject::invokeMethod(dialog, "check"));
    ASSERT_TRUE(waitForFrame(m_window));
    const QImage dialogImage = grab(QStringLiteral("ledger-dialog.png"));
    const QList<ShownText> inDialog = texts();
    expectReadable(dialogImage, inDialog, QStringLiteral("编辑问题台账"));
    EXPECT_NE(findText(inDialog, QStringLiteral("请填写责任人")), nullptr) << qPrintable(describe(inDialog));
    EXPECT_NE(findText(inDialog, QStringLiteral("“明年三月”不是日期")), nullptr)
        << qPrintable(describe(inDialog));

    // Put right and saved: the dialog closes, the page says so, the card shows the owner.
    named("ledgerOwner")->setProperty("text", QStringLiteral("李主任"));
    named("ledgerDue")->setProperty("text", QStringLiteral("2027-06-30"));
    QObject *save = named("ledgerSave");
    ASSERT_NE(save, nullptr);
    ASSERT_TRUE(QMetaObject::invokeMethod(save, "clicked"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->property("visible").toBool(); }, 3000));
    ASSERT_TRUE(waitForFrame(m_window));
    const QImage savedImage = grab(QStringLiteral("ledger-saved.png"));
    const QList<ShownText> afterSave = texts();
    expectReadable(savedImage, afterSave, QStringLiteral("下次同步时发送"));
    expectReadable(savedImage, afterSave, QStringLiteral("责任人：李主任　完成时限：2027-06-30"));
    auto store = LocalStore::open(storePath());
    ASSERT_TRUE(store.ok());
    EXPECT_EQ(store.value()->records("C2").size(), 2);

    // The county's page on a narrow tablet, with the dialog open: both fit the width.
    resize({560, 1000});
    ASSERT_TRUE(waitForFrame(m_window));
    grab(QStringLiteral("ledger-county-narrow.png"));
    QObject *narrowEdit = named("ledgerEdit");
    ASSERT_NE(narrowEdit, nullptr);
    ASSERT_TRUE(QMetaObject::invokeMethod(narrowEdit, "clicked"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->property("opened").toBool(); }, 3000));
    ASSERT_TRUE(waitForFrame(m_window));
    grab(QStringLiteral("ledger-dialog-narrow.png"));
    for (const ShownText &text : texts()) {
        if (text.sceneRect.top() < m_window->height()) {
            EXPECT_LE(text.sceneRect.right(), m_window->width() + 1) << qPrintable(text.text);
        }
    }
}

TEST_F(LedgerRenderTest, TownDeviceReadsTheLedgerOnAPortraitAndANarrowTablet)
{
    seedDevice(storePath(), "town");
    startApp({800, 1280});
    click("dashboardButton", 2);
    click("dashboardLedger", 3);

    const QImage image = grab(QStringLiteral("ledger-town.png"));
    const QList<ShownText> shown = texts();
    for (const QString &needle :
         {QStringLiteral("问题台账 · 云溪县城关街道"), QStringLiteral("城关街道 · 云溪县第二小学"),
          QStringLiteral("本机只能查看"), QStringLiteral("还没有指定责任人和完成时限。")})
        expectReadable(image, shown, needle);
    EXPECT_EQ(named("ledgerEdit"), nullptr) << "a town device has no 编辑";

    // Below the wide breakpoint the header and the cards still fit: nothing runs off the right edge.
    resize({560, 1000});
    ASSERT_TRUE(waitForFrame(m_window));
    const QImage narrow = grab(QStringLiteral("ledger-narrow.png"));
    const QList<ShownText> narrowTexts = texts();
    for (const QString &needle :
         {QStringLiteral("问题台账 · 云溪县城关街道"), QStringLiteral("城关街道 · 云溪县第二小学")})
        expectReadable(narrow, narrowTexts, needle);
    for (const ShownText &text : narrowTexts) {
        if (text.sceneRect.top() < m_window->height()) {
            EXPECT_LE(text.sceneRect.right(), m_window->width() + 1) << qPrintable(text.text);
        }
    }
}
