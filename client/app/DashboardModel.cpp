#include "DashboardModel.h"

#include "AssessmentReport.h"
#include "LocalStore.h"

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

void DashboardModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    m_summary.clear();
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
    // Records are filed under the cycle id, or its name when the server gave none (AppController::cycleKey).
    scope.cycle = enrolment->cycleId.isEmpty() ? enrolment->cycleName : enrolment->cycleId;
    scope.schoolCode = enrolment->scopeCode;
    scope.schoolName = enrolment->scopeName;
    scope.townName = enrolment->townName;
    scope.countyName = enrolment->countyName;
    const AssessmentReport report = AssessmentReport::compute(
        ReportInputs::fromRecords(records, scope, profile.value()), profile.value(), standard.value());

    auto add = [this](const QString &section, const ItemResult &item) {
        m_rows << Row{
            section,    item.code, item.title, itemStateName(item.state), itemStateLabel(item.state),
            item.detail};
    };
    int unitsPassing = 0;
    for (const UnitAssessment &unit : report.units) {
        const QString section = tr("资源配置 · %1部").arg(stageLabel(unit.unit.stage));
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
            add(tr("政府保障与教育质量"), item);
            pass += item.state == ItemState::Pass;
            fail += item.state == ItemState::Fail;
            open += item.state == ItemState::NotComputed || item.state == ItemState::NeedsEvidence;
        }
    for (const FitnessGroup &g : report.fitnessGroups)
        if (g.level == QLatin1String("school")) {
            add(tr("体质健康"), g.excellentGoodRate);
            add(tr("体质健康"), g.passRate);
        }
    if (report.fitness.isEmpty())
        add(tr("体质健康"), ItemResult::notComputed("F_excellent_good", tr("体质健康优良率与合格率"), {"S6"},
                                                    tr("未计算：还没有 S6 体质健康测试记录")));
    for (const MyopiaGroup &g : report.myopiaGroups)
        if (g.level == QLatin1String("school")) {
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
    finish();
}

} // namespace junheng
