#include "DashboardModel.h"

#include "AssessmentReport.h"
#include "LedgerRecords.h"
#include "LocalStore.h"
#include "ReportBuilder.h"
#include "ReportPdf.h"
#include "ReportXlsx.h"
#include "UploadExport.h"

#include <QDir>

namespace junheng {

DashboardModel::DashboardModel(QObject *parent) : QAbstractListModel(parent) {}

int DashboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DashboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case SectionRole:
        return row.section;
    case CodeRole:
        return row.code;
    case TitleRole:
        return row.title;
    case StateRole:
        return row.state;
    case StateLabelRole:
        return row.stateLabel;
    case DetailRole:
        return row.detail;
    default:
        return {};
    }
}

QHash<int, QByteArray> DashboardModel::roleNames() const
{
    return {{SectionRole, "section"},       {CodeRole, "code"},    {TitleRole, "title"}, {StateRole, "state"},
            {StateLabelRole, "stateLabel"}, {DetailRole, "detail"}};
}

void DashboardModel::setStorePath(const QString &path)
{
    if (path == m_storePath)
        return;
    m_storePath = path;
    emit storePathChanged();
}

void DashboardModel::setProfileId(const QString &id)
{
    if (id == m_profileId)
        return;
    m_profileId = id;
    emit profileIdChanged();
}

void DashboardModel::setCycle(const QString &cycle)
{
    if (cycle == m_cycle)
        return;
    m_cycle = cycle;
    emit cycleChanged();
}

void DashboardModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    m_summary.clear();
    m_areaView = false;
    m_fitness.clear();
    m_myopia.clear();
    m_indicatorChart.clear();
    m_schoolTable.clear();
    m_coefficients.clear();
    auto finish = [this] {
        endResetModel();
        emit computed();
    };
    auto store = LocalStore::open(m_storePath);
    if (!store) {
        m_error = store.error().message;
        return finish();
    }
    const auto enrolment = store.value()->enrolment();
    if (!enrolment) {
        m_error = tr("本机还没有登记，登记后这里会显示本校各项指标的达标情况。");
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
    m_profileName = profile->name();

    QList<FormRecord> records;
    for (const LocalRecord &record : store.value()->records())
        records << FormRecord{record.formId, record.schoolCode, record.cycle, record.payload};
    ReportScope scope;
    // A town's or county's device pulls all its schools' records: coefficients and the schools table.
    scope.schoolDevice = enrolment->role == QLatin1String("school");
    m_areaView = !scope.schoolDevice;
    // Records are filed under the cycle id, or its name when the server gave none (AppController::cycleKey).
    scope.cycle = !m_cycle.isEmpty()             ? m_cycle
                  : enrolment->cycleId.isEmpty() ? enrolment->cycleName
                                                 : enrolment->cycleId;
    scope.schoolCode = enrolment->scopeCode;
    scope.schoolName = enrolment->scopeName;
    scope.townName = enrolment->townName;
    scope.countyName = enrolment->countyName;
    for (const DirectorySchool &school : store.value()->directory()) // names and towns, not codes
        scope.schools.insert(school.code, ReportScope::SchoolLabel{school.name, school.townName});
    auto computedReport = std::make_shared<const AssessmentReport>(AssessmentReport::compute(
        ReportInputs::fromRecords(records, scope, profile.value()), profile.value(), standard.value()));
    const AssessmentReport &report = *computedReport;
    m_report = computedReport;
    m_countyName = enrolment->countyName;
    m_townName = enrolment->role == QLatin1String("town") ? enrolment->townName : QString();
    m_cycleName = enrolment->cycleName.isEmpty() ? enrolment->cycleId : enrolment->cycleName;
    if (!m_cycle.isEmpty() && m_cycle != enrolment->cycleId) {
        const auto chosen = store.value()->cycle(m_cycle);
        m_cycleName = chosen ? chosen->name : m_cycle;
    }
    m_cycleKey = scope.cycle;

    auto add = [this](const QString &section, const ItemResult &item) {
        m_rows << Row{
            section,    item.code, item.title, itemStateName(item.state), itemStateLabel(item.state),
            item.detail};
    };
    int unitsPassing = 0;
    for (const UnitAssessment &unit : report.units) {
        const QString section =
            m_areaView ? tr("资源配置 · %1 · %2部").arg(unit.unit.schoolName, stageLabel(unit.unit.stage))
                       : tr("资源配置 · %1部").arg(stageLabel(unit.unit.stage));
        for (const ItemResult &item : unit.indicators)
            add(section, item);
        ItemResult rule = unit.rule;
        if (!unit.plan.isEmpty()) {
            QStringList steps;
            for (const Addition &a : unit.plan)
                steps << a.text + (a.toFloor ? tr("（达到要求的85%）") : QString());
            rule.detail += tr("。要达标，最少需要：%1").arg(steps.join(tr("；")));
        }
        add(section, rule);
        unitsPassing += unit.rule.passed() ? 1 : 0;
    }
    for (const QString &why : report.excluded)
        m_rows << Row{tr("资源配置"),
                      QString(),
                      tr("不参加资源配置评估"),
                      QStringLiteral("not_applicable"),
                      itemStateLabel(ItemState::NotApplicable),
                      why};
    int pass = 0, fail = 0, open = 0;
    for (const auto &[code, items] : report.schoolItems)
        for (const ItemResult &item : items) {
            add(m_areaView ? tr("政府保障与教育质量 · %1").arg(report.schoolNames.value(code, code))
                           : tr("政府保障与教育质量"),
                item);
            pass += item.state == ItemState::Pass;
            fail += item.state == ItemState::Fail;
            open += item.state == ItemState::NotComputed || item.state == ItemState::NeedsEvidence;
        }
    // The summaries: the school's own group, or on a town/county device the whole county's.
    const QString summaryLevel = m_areaView ? QStringLiteral("county") : QStringLiteral("school");
    for (const FitnessGroup &g : report.fitnessGroups)
        if (g.level == summaryLevel) {
            add(tr("体质健康"), g.excellentGoodRate);
            add(tr("体质健康"), g.passRate);
        }
    if (report.fitness.isEmpty())
        add(tr("体质健康"), ItemResult::notComputed("F_excellent_good", tr("体质健康优良率与合格率"), {"S6"},
                                                    tr("未计算：还没有 S6 体质健康测试记录")));
    for (const MyopiaGroup &g : report.myopiaGroups)
        if (g.level == summaryLevel) {
            ItemResult rate;
            rate.code = QStringLiteral("M_rate");
            rate.title = tr("近视率");
            rate.state = g.rate ? ItemState::NotApplicable : ItemState::NotComputed;
            rate.detail = g.rate ? tr("有效筛查 %1 人，近视 %2 人，近视率 %3%（低度 %4，中度 %5，高度 "
                                      "%6；无效记录 %7 条）")
                                       .arg(g.screened)
                                       .arg(g.myopic)
                                       .arg(*g.rate * 100, 0, 'f', 1)
                                       .arg(g.low)
                                       .arg(g.moderate)
                                       .arg(g.high)
                                       .arg(g.invalid)
                                 : tr("未计算：没有有效的筛查记录（无效 %1 条）").arg(g.invalid);
            add(tr("近视"), rate);
            add(tr("近视"), g.change);
        }
    if (report.myopia.isEmpty())
        add(tr("近视"),
            ItemResult::notComputed("M_rate", tr("近视率"), {"S5"}, tr("未计算：还没有 S5 近视筛查记录")));
    m_summary = tr("资源配置：%1 个学段中 %2 个达标。政府保障与教育质量：%3 项达标，%4 项未达标，%5 "
                   "项待补数据或佐证。")
                    .arg(report.units.size())
                    .arg(unitsPassing)
                    .arg(pass)
                    .arg(fail)
                    .arg(open);
    fillFigures(report, scope.schoolCode);
    finish();
}

} // namespace junheng

namespace junheng {

namespace {

QVariant optionalNumber(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariantMap itemMap(const ItemResult &item)
{
    return {{"code", item.code},
            {"title", item.title},
            {"state", itemStateName(item.state)},
            {"stateLabel", itemStateLabel(item.state)},
            {"value", optionalNumber(item.value)},
            {"threshold", item.threshold ? QVariant(item.threshold->value) : QVariant()},
            {"detail", item.detail}};
}

QString gradeLabel(int grade)
{
    static const QStringList names{"一", "二", "三", "四", "五", "六", "七", "八", "九"};
    if (grade < 1 || grade > names.size())
        return QString::number(grade);
    // 三年级 in Chinese, "Grade 3" in English.
    return QCoreApplication::translate("DashboardModel", "%1年级")
        .arg(i18n::isEnglish() ? QString::number(grade) : names.at(grade - 1));
}

} // namespace

// fitness: tested, counts [优秀, 良好, 及格, 不及格], excellentGood / pass (itemMap, value a fraction).
// myopia: rate, previousRate (fractions), change (itemMap, pp), grades [{label, rate, previousRate}].
// indicatorChart: per unit {label, codes, percents (value / threshold × 100), states}.
// schoolTable: per unit {school, stage, cells [{code, state, value, threshold}], rule (itemMap)}.
// coefficients: per area and stage {area, stage, cells [{code, state, cv, limit, detail}]}.
void DashboardModel::fillFigures(const AssessmentReport &report, const QString &schoolCode)
{
    const QString level = m_areaView ? QStringLiteral("county") : QStringLiteral("school");
    for (const FitnessGroup &g : report.fitnessGroups)
        if (g.level == level) {
            m_fitness = {{"tested", g.tested},
                         {"counts", QVariantList{g.excellent, g.good, g.passed, g.failed}},
                         {"excellentGood", itemMap(g.excellentGoodRate)},
                         {"pass", itemMap(g.passRate)}};
            break;
        }
    for (const MyopiaGroup &g : report.myopiaGroups)
        if (g.level == level) {
            m_myopia = {{"screened", g.screened},
                        {"myopic", g.myopic},
                        {"rate", optionalNumber(g.rate)},
                        {"previousRate", optionalNumber(g.previousRate)},
                        {"change", itemMap(g.change)}};
            break;
        }
    // Grades: "<school>/<grade>" on a school's device, "<grade>" county-wide.
    const QString gradeLevel = m_areaView ? QStringLiteral("county_grade") : QStringLiteral("grade");
    const QString prefix = m_areaView ? QString() : schoolCode + QLatin1Char('/');
    QVariantList grades;
    for (const MyopiaGroup &g : report.myopiaGroups)
        if (g.level == gradeLevel && g.key.startsWith(prefix) && g.rate)
            grades << QVariantMap{{"label", gradeLabel(g.key.mid(prefix.size()).toInt())},
                                  {"rate", *g.rate},
                                  {"previousRate", optionalNumber(g.previousRate)}};
    if (!m_myopia.isEmpty())
        m_myopia.insert("grades", grades);

    for (const UnitAssessment &unit : report.units) {
        QVariantList codes, percents, states, cells;
        for (const ItemResult &item : unit.indicators) {
            codes << item.code;
            percents << (item.value && item.threshold && item.threshold->value > 0
                             ? QVariant(*item.value / item.threshold->value * 100.0)
                             : QVariant(0.0));
            states << itemStateName(item.state);
            cells << itemMap(item);
        }
        const QString stage = stageLabel(unit.unit.stage);
        m_indicatorChart << QVariantMap{
            {"label", m_areaView ? tr("%1 · %2部").arg(unit.unit.schoolName, stage) : tr("%1部").arg(stage)},
            {"codes", codes},
            {"percents", percents},
            {"states", states}};
        if (m_areaView)
            m_schoolTable << QVariantMap{{"school", unit.unit.schoolName},
                                         {"town", unit.unit.town},
                                         {"stage", stage},
                                         {"cells", cells},
                                         {"rule", itemMap(unit.rule)}};
    }
    auto addAreas = [this](const QList<AreaAssessment> &areas, const QString &kind) {
        for (const AreaAssessment &area : areas) {
            if (area.units == 0)
                continue;
            QVariantList cells;
            for (const AreaIndicator &indicator : area.indicators) {
                QVariantMap cell = itemMap(indicator.result);
                cell.insert("code", indicator.code);
                cells << cell;
            }
            m_coefficients << QVariantMap{{"area", area.area},
                                          {"kind", kind},
                                          {"stage", stageLabel(area.stage)},
                                          {"units", area.units},
                                          {"unitsPassing", area.unitsPassing},
                                          {"cells", cells}};
        }
    };
    addAreas(report.countyAreas, tr("县"));
    addAreas(report.townAreas, tr("镇街"));
}

QString DashboardModel::exportReport(const QUrl &folder)
{
    if (!m_report)
        return tr("还没有算出指标，不能导出。请先点“重新计算”。");
    const QString dir = folder.isLocalFile() ? folder.toLocalFile() : folder.toString();
    if (dir.isEmpty() || !QDir(dir).exists())
        return tr("文件夹“%1”不存在，请换一个文件夹。").arg(dir);
    ReportMeta meta;
    meta.countyName = m_countyName;
    meta.town = m_townName;
    meta.cycle = m_cycleName;
    // The ledger as it is now (edited on the ledger page since the last refresh, or pulled).
    if (auto store = LocalStore::open(m_storePath)) {
        QList<FormRecord> ledger;
        for (const LocalRecord &record : store.value()->records(LedgerRecords::FormId))
            ledger << FormRecord{record.formId, record.schoolCode, record.cycle, record.payload};
        meta.owners = LedgerRecords::owners(ledger, m_cycleKey);
    }
    const ReportBook book = ReportBuilder::build(*m_report, meta);
    const QString base = QDir(dir).filePath(
        (m_townName.isEmpty() ? m_countyName : m_countyName + m_townName) + tr("监测报告"));
    if (Status written = ReportXlsx::write(book, base + QStringLiteral(".xlsx")); !written)
        return written.error().message;
    if (Status written = ReportPdf::write(book, base + QStringLiteral(".pdf")); !written)
        return written.error().message;
    return tr("已保存：%1.xlsx 和 %1.pdf").arg(QDir::toNativeSeparators(base));
}

QString DashboardModel::exportUploadFile(const QUrl &folder)
{
    if (m_cycleKey.isEmpty())
        return tr("还没有读出本周期的数据，不能导出。请先点“重新计算”。");
    auto store = LocalStore::open(m_storePath);
    if (!store)
        return store.error().message;
    const QString dir = folder.isLocalFile() ? folder.toLocalFile() : folder.toString();
    return UploadExport::write(*store.value(), m_cycleKey, m_countyName + m_townName, dir).message;
}

} // namespace junheng
