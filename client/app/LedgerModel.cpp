#include "LedgerModel.h"

#include "AssessmentReport.h"
#include "FormCatalog.h"
#include "LedgerRecords.h"
#include "LocalStore.h"
#include "ReportBuilder.h"
#include "ReportXlsx.h"
#include "Validator.h"

#include <QDir>

namespace junheng {

namespace {

constexpr int MaxOwner = 30;
constexpr int MaxNote = 500;

// The C2 record this device holds for a ledger key (the later one if two devices made one each), as
// LedgerRecords::owners picks it.
std::optional<LocalRecord> ledgerRecord(const LocalStore &store, const QString &cycle, const QString &key)
{
    std::optional<LocalRecord> found;
    QDateTime foundAt;
    for (const LocalRecord &record : store.records(LedgerRecords::FormId)) {
        if (record.cycle != cycle || record.payload.value(QLatin1String("_deleted")).toBool())
            continue;
        const QString recordKey = ReportBuilder::ledgerKey(record.payload.value("school_code").toString(),
                                                           record.payload.value("item_code").toString());
        if (recordKey != key)
            continue;
        const QDateTime at = LedgerRecords::fromPayload(record.payload).updatedAt;
        if (!found || (at.isValid() && (!foundAt.isValid() || at >= foundAt))) {
            found = record;
            foundAt = at;
        }
    }
    return found;
}

} // namespace

LedgerModel::LedgerModel(QObject *parent) : QAbstractListModel(parent) {}

LedgerModel::~LedgerModel() = default;

int LedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant LedgerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LedgerRow &row = m_all.at(m_shown.at(index.row()));
    const LedgerOwner entry = row.entry.value_or(LedgerOwner{});
    switch (role) {
    case KeyRole:
        return row.key();
    case SchoolCodeRole:
        return row.schoolCode;
    case ItemCodeRole:
        return row.itemCode;
    case TownRole:
        return row.town;
    case WhoRole:
        return row.who;
    case ItemRole:
        return row.item;
    case CurrentRole:
        return row.current;
    case StandardRole:
        return row.standard;
    case GapRole:
        return row.gap;
    case FailingRole:
        return row.failing;
    case RecordedRole:
        return row.entry.has_value();
    case OwnerRole:
        return entry.owner;
    case DueRole:
        return entry.due.isValid() ? entry.due.toString(Qt::ISODate) : QString();
    case StatusRole:
        return statusOf(row);
    case StatusLabelRole:
        return row.failing ? LedgerRecords::statusLabel(entry.status)
                           : tr("已达标（%1）").arg(LedgerRecords::statusLabel(entry.status));
    case NoteRole:
        return entry.note;
    case OverdueRole:
        return overdue(row);
    case SectionRole:
        if (row.schoolCode.isEmpty())
            return m_countyName;
        return row.town.isEmpty()
                   ? m_schoolNames.value(row.schoolCode, row.schoolCode)
                   : row.town + QStringLiteral(" · ") + m_schoolNames.value(row.schoolCode, row.schoolCode);
    default:
        return {};
    }
}

QHash<int, QByteArray> LedgerModel::roleNames() const
{
    return {{KeyRole, "key"},
            {SchoolCodeRole, "schoolCode"},
            {ItemCodeRole, "itemCode"},
            {TownRole, "town"},
            {WhoRole, "who"},
            {ItemRole, "item"},
            {CurrentRole, "current"},
            {StandardRole, "standard"},
            {GapRole, "gap"},
            {FailingRole, "failing"},
            {RecordedRole, "recorded"},
            {OwnerRole, "owner"},
            {DueRole, "due"},
            {StatusRole, "status"},
            {StatusLabelRole, "statusLabel"},
            {NoteRole, "note"},
            {OverdueRole, "overdue"},
            {SectionRole, "section"}};
}

void LedgerModel::setStorePath(const QString &path)
{
    if (path == m_storePath)
        return;
    m_storePath = path;
    emit storePathChanged();
}

void LedgerModel::setProfileId(const QString &id)
{
    if (id == m_profileId)
        return;
    m_profileId = id;
    emit profileIdChanged();
}

void LedgerModel::setTownFilter(const QString &town)
{
    if (town == m_townFilter)
        return;
    m_townFilter = town;
    applyFilter();
}

void LedgerModel::setStatusFilter(const QString &status)
{
    if (status == m_statusFilter)
        return;
    m_statusFilter = status;
    applyFilter();
}

void LedgerModel::setOverdueOnly(bool on)
{
    if (on == m_overdueOnly)
        return;
    m_overdueOnly = on;
    applyFilter();
}

void LedgerModel::setToday(const QDate &today)
{
    m_today = today;
    applyFilter();
}

QString LedgerModel::statusOf(const LedgerRow &row) const
{
    if (!row.failing)
        return QStringLiteral("closed");
    const QString status = row.entry ? row.entry->status : QString();
    return LedgerRecords::statuses().contains(status) ? status : QStringLiteral("open");
}

bool LedgerModel::overdue(const LedgerRow &row) const
{
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    return row.failing && row.entry && row.entry->due.isValid() && row.entry->due < today &&
           row.entry->status != QLatin1String("done");
}

bool LedgerModel::shown(const LedgerRow &row) const
{
    if (!m_townFilter.isEmpty() && row.town != m_townFilter)
        return false;
    if (!m_statusFilter.isEmpty() && statusOf(row) != m_statusFilter)
        return false;
    return !m_overdueOnly || overdue(row);
}

void LedgerModel::applyFilter()
{
    beginResetModel();
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i)
        if (shown(m_all.at(i)))
            m_shown << i;
    endResetModel();
    emit filterChanged();
}

QString LedgerModel::countsText() const
{
    int failing = 0, unassigned = 0, late = 0;
    for (const LedgerRow &row : m_all) {
        if (!row.failing)
            continue;
        ++failing;
        unassigned += row.entry && !row.entry->owner.isEmpty() ? 0 : 1;
        late += overdue(row) ? 1 : 0;
    }
    return tr("未达标 %1 项，其中未指定责任人 %2 项、已逾期 %3 项；当前显示 %4 项。")
        .arg(failing)
        .arg(unassigned)
        .arg(late)
        .arg(m_shown.size());
}

void LedgerModel::refresh()
{
    m_all.clear();
    m_schoolNames.clear();
    m_towns.clear();
    m_error.clear();
    m_canEdit = false;
    auto finish = [this] {
        applyFilter();
        emit computed();
    };
    auto store = LocalStore::open(m_storePath);
    if (!store) {
        m_error = store.error().message;
        return finish();
    }
    const auto enrolment = store.value()->enrolment();
    if (!enrolment) {
        m_error = tr("本机还没有登记。问题台账在县或乡镇（街道）的设备上查看，登记后再打开。");
        return finish();
    }
    if (enrolment->role == QLatin1String("school")) {
        m_error = tr("问题台账由县教育局管理，学校设备上不显示。本校的未达标项目请看“评估指标”。");
        return finish();
    }
    auto profile = ThresholdProfile::load(m_profileId);
    if (!profile) {
        m_error = profile.error().message;
        return finish();
    }
    static const Result<FitnessStandard> standard = FitnessStandard::load();
    if (!standard) {
        m_error = standard.error().message;
        return finish();
    }
    m_canEdit = enrolment->role == QLatin1String("county");
    m_countyCode = enrolment->role == QLatin1String("county") ? enrolment->scopeCode : QString();
    m_countyName = enrolment->countyName;
    m_townName = enrolment->role == QLatin1String("town") ? enrolment->townName : QString();
    m_area = m_townName.isEmpty() ? m_countyName : m_countyName + m_townName;
    // Records are filed under the cycle id, or its name when the server gave none (as DashboardModel).
    m_cycleKey = enrolment->cycleId.isEmpty() ? enrolment->cycleName : enrolment->cycleId;
    m_cycleName = enrolment->cycleName.isEmpty() ? enrolment->cycleId : enrolment->cycleName;

    QList<FormRecord> records;
    for (const LocalRecord &record : store.value()->records())
        records << FormRecord{record.formId, record.schoolCode, record.cycle, record.payload};
    ReportScope scope;
    scope.schoolDevice = false;
    scope.cycle = m_cycleKey;
    scope.schoolCode = enrolment->scopeCode;
    scope.schoolName = enrolment->scopeName;
    scope.townName = enrolment->townName;
    scope.countyName = enrolment->countyName;
    for (const DirectorySchool &school : store.value()->directory())
        scope.schools.insert(school.code, ReportScope::SchoolLabel{school.name, school.townName});
    const AssessmentReport report = AssessmentReport::compute(
        ReportInputs::fromRecords(records, scope, profile.value()), profile.value(), standard.value());
    ReportMeta meta;
    meta.countyName = m_countyName;
    meta.town = m_townName;
    meta.cycle = m_cycleName;
    meta.owners = LedgerRecords::owners(records, m_cycleKey);
    m_all = ReportBuilder::ledgerRows(report, meta);
    m_schoolNames = report.schoolNames;
    // Grouped by school on the page: the county's own items first, then by town and school; within a
    // school the report's order, the items no longer failing last.
    std::stable_sort(m_all.begin(), m_all.end(), [](const LedgerRow &a, const LedgerRow &b) {
        return std::tuple(!a.schoolCode.isEmpty(), a.town, a.schoolCode, !a.failing) <
               std::tuple(!b.schoolCode.isEmpty(), b.town, b.schoolCode, !b.failing);
    });
    for (const LedgerRow &row : std::as_const(m_all))
        if (!row.town.isEmpty() && !m_towns.contains(row.town))
            m_towns << row.town;
    m_towns.sort();
    if (!m_towns.contains(m_townFilter))
        m_townFilter.clear();
    finish();
}

QVariantList LedgerModel::statusChoices() const
{
    QVariantList choices;
    for (const QString &status : LedgerRecords::statuses())
        choices << QVariantMap{{"value", status}, {"label", LedgerRecords::statusLabel(status)}};
    return choices;
}

QVariantMap LedgerModel::checkEntry(const QString &owner, const QString &due, const QString &status,
                                    const QString &note) const
{
    QVariantMap errors;
    const QString who = owner.trimmed();
    if (who.isEmpty())
        errors.insert("owner", tr("请填写责任人，例如“王校长”或“县教育局基建股”。"));
    else if (who.size() > MaxOwner)
        errors.insert(
            "owner",
            tr("责任人不能超过 %1 个字，现在有 %2 个字，请写简短些。").arg(MaxOwner).arg(who.size()));
    const QString date = due.trimmed();
    if (date.isEmpty()) {
        errors.insert("due", tr("请填写完成时限，例如 2027-03-31。"));
    } else {
        FormField field;
        field.id = QStringLiteral("due_date");
        field.type = FieldType::Date;
        const QDate parsed = QDate::fromString(Validator::parseInput(field, date).toString(), Qt::ISODate);
        if (!parsed.isValid())
            errors.insert("due", tr("完成时限“%1”不是日期，请按 2027-03-31 的格式填写。").arg(date));
        else if (parsed.year() < 2000 || parsed.year() > 2100)
            errors.insert("due", tr("完成时限“%1”的年份不对，请填写 2000 到 2100 年之间的日期。").arg(date));
    }
    if (!LedgerRecords::statuses().contains(status))
        errors.insert("status", tr("请选择整改状态：未整改、整改中或已整改。"));
    if (note.trimmed().size() > MaxNote)
        errors.insert(
            "note",
            tr("整改措施或备注不能超过 %1 个字，现在有 %2 个字。").arg(MaxNote).arg(note.trimmed().size()));
    return errors;
}

QVariantMap LedgerModel::saveEntry(const QString &key, const QString &owner, const QString &due,
                                   const QString &status, const QString &note)
{
    auto fail = [](const QString &message, const QVariantMap &errors = {}) {
        return QVariantMap{{"ok", false}, {"message", message}, {"errors", errors}};
    };
    if (!m_canEdit)
        return fail(tr("问题台账由县教育局填写，本机不能修改。"));
    const auto row =
        std::find_if(m_all.cbegin(), m_all.cend(), [&](const LedgerRow &r) { return r.key() == key; });
    if (row == m_all.cend())
        return fail(tr("找不到这一项，可能已重新计算。请关闭对话框后再试。"));
    const QVariantMap errors = checkEntry(owner, due, status, note);
    if (!errors.isEmpty())
        return fail(tr("有 %1 处需要修改，见各项下方的说明。").arg(errors.size()), errors);

    auto catalog = FormCatalog::load(FormCatalog::builtInDirectory);
    if (!catalog)
        return fail(catalog.error().message);
    const FormDefinition *form = catalog->find(LedgerRecords::FormId);
    if (!form)
        return fail(tr("程序里缺少问题台账表单（C2），请更新程序。"));
    auto store = LocalStore::open(m_storePath);
    if (!store)
        return fail(store.error().message);

    QJsonObject payload{
        {"item_code", row->itemCode},
        {"item_title", row->item},
        {"owner", owner.trimmed()},
        {"due_date", Validator::parseInput(*form->field(QStringLiteral("due_date")), due.trimmed())},
        {"status", status},
        {"updated_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    if (!row->schoolCode.isEmpty())
        payload.insert("school_code", row->schoolCode);
    if (!note.trimmed().isEmpty())
        payload.insert("note", note.trimmed());

    LocalRecord record;
    if (auto existing = ledgerRecord(*store.value(), m_cycleKey, key)) {
        record = *existing;
    } else {
        record.formId = form->id;
        record.formVersion = form->version;
        // A row about a school is filed under the school (its town sees it); the county's own under the
        // county.
        record.schoolCode = row->schoolCode.isEmpty() ? m_countyCode : row->schoolCode;
        record.cycle = m_cycleKey;
    }
    auto draft = store.value()->saveRosterRow(*form, record, payload);
    if (!draft)
        return fail(draft.error().message);
    // Finalised on save: each entry is whole once the dialog accepts it, and the county expects an edit
    // to reach the other devices with the next sync without a separate step.
    auto queued = store.value()->finalise(draft->uuid, *form);
    if (!queued)
        return fail(tr("已保存为草稿，但还不能发送：%1").arg(queued.error().message));

    LedgerOwner entry = LedgerRecords::fromPayload(payload);
    const qsizetype at = row - m_all.cbegin();
    m_all[at].entry = entry;
    applyFilter();
    emit saved(key);
    return QVariantMap{{"ok", true},
                       {"message", tr("已保存“%1 · %2”，下次同步时发送。").arg(row->who, row->item)},
                       {"errors", QVariantMap{}}};
}

QString LedgerModel::writeXlsx(const QUrl &folder, bool &ok) const
{
    ok = false;
    const QString dir = folder.isLocalFile() ? folder.toLocalFile() : folder.toString();
    if (dir.isEmpty() || !QDir(dir).exists())
        return tr("文件夹“%1”不存在，请换一个文件夹。").arg(dir);
    if (m_area.isEmpty())
        return m_error.isEmpty() ? tr("还没有算出问题台账，不能导出。") : m_error;
    QList<LedgerRow> rows;
    for (int i : std::as_const(m_shown))
        rows << m_all.at(i);
    ReportBook book;
    book.title = tr("%1问题台账").arg(m_area);
    book.area = m_area;
    book.cycle = m_cycleName;
    book.generatedAt = QDateTime::currentDateTime();
    QStringList filters;
    if (!m_townFilter.isEmpty())
        filters << m_townFilter;
    if (m_statusFilter == QLatin1String("closed"))
        filters << tr("已不再未达标");
    else if (!m_statusFilter.isEmpty())
        filters << LedgerRecords::statusLabel(m_statusFilter);
    if (m_overdueOnly)
        filters << tr("已逾期");
    book.summary << std::pair{tr("区域"), m_area} << std::pair{tr("周期"), m_cycleName}
                 << std::pair{tr("筛选"), filters.isEmpty() ? tr("全部") : filters.join(tr("、"))}
                 << std::pair{tr("项目数"), QString::number(rows.size())}
                 << std::pair{tr("导出时间"), book.generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))};
    book.tables << ReportBuilder::ledgerTable(rows);
    const QString path = QDir(dir).filePath(
        tr("%1问题台账-%2.xlsx").arg(m_area, book.generatedAt.toString(QStringLiteral("yyyyMMdd-HHmm"))));
    if (Status written = ReportXlsx::write(book, path); !written)
        return written.error().message;
    ok = true;
    return tr("已导出 %1 项到：%2").arg(rows.size()).arg(QDir::toNativeSeparators(path));
}

QString LedgerModel::exportXlsx(const QUrl &folder)
{
    bool ok = false;
    const QString message = writeXlsx(folder, ok);
    m_exportFailed = !ok;
    emit exported();
    return message;
}

} // namespace junheng
