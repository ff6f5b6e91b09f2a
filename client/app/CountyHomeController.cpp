#include "CountyHomeController.h"

#include "EnrolClient.h"
#include "ReviewClient.h"
#include "ThresholdProfile.h"
#include "TimeText.h"

#include <QJsonArray>

namespace junheng {

namespace {

QString roleLabel(const QString &role)
{
    if (role == QLatin1String("school"))
        return CountyHomeController::tr("学校");
    if (role == QLatin1String("town"))
        return CountyHomeController::tr("乡镇（街道）");
    if (role == QLatin1String("county"))
        return CountyHomeController::tr("县教育局");
    return role;
}

QString timeText(const QString &iso)
{
    return iso.isEmpty() ? QString()
                         : describeTime(QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime());
}

} // namespace

CountyHomeController::CountyHomeController(QObject *parent) : QObject(parent) {}

CountyHomeController::~CountyHomeController() = default;

QString CountyHomeController::stateLabel(const QString &state)
{
    if (state == QLatin1String("open"))
        return tr("开放中");
    if (state == QLatin1String("closed"))
        return tr("已结束");
    if (state == QLatin1String("draft"))
        return tr("草稿（未发布）");
    return state;
}

void CountyHomeController::setStorePath(const QString &path)
{
    if (path == m_storePath)
        return;
    m_storePath = path;
    m_review.reset();
    m_enrol.reset();
    m_store.reset();
    Q_EMIT storePathChanged();
    reloadPlaces();
    useStoredCycles();
}

bool CountyHomeController::ensureStore()
{
    if (m_store)
        return true;
    if (m_storePath.isEmpty())
        return false;
    auto opened = LocalStore::open(m_storePath);
    if (!opened) {
        setMessage(opened.error().message, true);
        return false;
    }
    m_store = std::move(opened).value();
    m_review = std::make_unique<ReviewClient>(m_store.get());
    m_enrol = std::make_unique<EnrolClient>(m_store.get());
    connect(m_review.get(), &ReviewClient::finished, this, &CountyHomeController::finishReview);
    connect(m_enrol.get(), &EnrolClient::finished, this, &CountyHomeController::finishEnrol);
    return true;
}

QVariantList CountyHomeController::profiles() const
{
    const QHash<QString, QString> available = ThresholdProfile::available();
    QStringList ids = available.keys();
    ids.sort();
    ids.removeAll(QStringLiteral("national"));
    if (available.contains(QStringLiteral("national")))
        ids.prepend(QStringLiteral("national"));
    QVariantList list;
    for (const QString &id : ids)
        list << QVariantMap{{"id", id}, {"name", available.value(id)}};
    return list;
}

void CountyHomeController::setMessage(const QString &message, bool error)
{
    m_message = message;
    m_messageIsError = error;
    Q_EMIT messageChanged();
}

void CountyHomeController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

bool CountyHomeController::start(Pending pending)
{
    if (m_busy) {
        setMessage(tr("上一个操作还没有完成，请稍候。"), true);
        return false;
    }
    if (!ensureStore())
        return false;
    m_pending = pending;
    setBusy(true);
    return true;
}

void CountyHomeController::reloadPlaces()
{
    m_places.clear();
    if (ensureStore()) {
        const auto enrolment = m_store->enrolment();
        const bool county = enrolment && enrolment->role == QLatin1String("county");
        if (county)
            m_places << QVariantMap{
                {"role", "county"},
                {"code", enrolment->scopeCode},
                {"name", enrolment->countyName},
                {"label", tr("%1 县教育局（另一台县局设备）").arg(enrolment->countyName)}};
        QStringList towns;
        QVariantList schools;
        for (const DirectorySchool &school : m_store->directory()) {
            if (county && !towns.contains(school.townCode) && !school.townCode.isEmpty()) {
                towns << school.townCode;
                m_places << QVariantMap{{"role", "town"},
                                        {"code", school.townCode},
                                        {"name", school.townName},
                                        {"label", tr("%1（乡镇教育办）").arg(school.townName)}};
            }
            schools << QVariantMap{
                {"role", "school"},
                {"code", school.code},
                {"name", school.name},
                {"label", tr("%1 · %2（%3）").arg(school.townName, school.name, school.code)}};
        }
        m_places << schools;
    }
    Q_EMIT placesChanged();
}

void CountyHomeController::useStoredCycles()
{
    m_cycles.clear();
    m_cyclesFromServer = false;
    if (ensureStore()) {
        const QHash<QString, QString> names = ThresholdProfile::available();
        for (const CycleInfo &cycle : m_store->cycles())
            m_cycles << QVariantMap{
                {"id", cycle.id},           {"name", cycle.name},
                {"opensOn", cycle.opensOn}, {"closesOn", cycle.closesOn},
                {"state", cycle.state},     {"stateLabel", stateLabel(cycle.state)},
                {"profile", cycle.profile}, {"profileName", names.value(cycle.profile, cycle.profile)}};
    }
    Q_EMIT cyclesChanged();
}

void CountyHomeController::setCycles(const QJsonArray &cycles)
{
    const QHash<QString, QString> names = ThresholdProfile::available();
    m_cycles.clear();
    for (const QJsonValue &value : cycles) {
        const QJsonObject cycle = value.toObject();
        const QString state = cycle.value("state").toString();
        const QString profile = cycle.value("profile").toString();
        m_cycles << QVariantMap{{"id", cycle.value("id").toString()},
                                {"name", cycle.value("name").toString()},
                                {"opensOn", cycle.value("opens_on").toString()},
                                {"closesOn", cycle.value("closes_on").toString()},
                                {"state", state},
                                {"stateLabel", stateLabel(state)},
                                {"profile", profile},
                                {"profileName", names.value(profile, profile)}};
    }
    m_cyclesFromServer = true;
    Q_EMIT cyclesChanged();
}

void CountyHomeController::refreshCycles()
{
    if (!start(Pending::ListCycles))
        return;
    m_pendingWhat = tr("读取评估周期");
    m_review->listCycles();
}

void CountyHomeController::createCycle(const QString &id, const QString &name, const QString &opensOn,
                                       const QString &closesOn, const QString &profile)
{
    // The server checks everything again; these are the mistakes a clerk makes in the form.
    QString problem;
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    const QDate opens = QDate::fromString(opensOn.trimmed(), Qt::ISODate);
    const QDate closes = QDate::fromString(closesOn.trimmed(), Qt::ISODate);
    if (!idPattern.match(id.trimmed()).hasMatch())
        problem = tr("周期编号“%1”不对：应为 1–32 个字母、数字、“-”或“_”，如 2026。").arg(id.trimmed());
    else if (name.trimmed().isEmpty())
        problem = tr("请填写周期名称，如“2026年度优质均衡监测”。");
    else if (!opens.isValid())
        problem = tr("开始日期“%1”不对：请按 2026-03-01 的格式填写。").arg(opensOn.trimmed());
    else if (!closes.isValid())
        problem = tr("截止日期“%1”不对：请按 2026-05-31 的格式填写。").arg(closesOn.trimmed());
    else if (closes < opens)
        problem = tr("截止日期 %1 早于开始日期 %2，请改正。").arg(closesOn.trimmed(), opensOn.trimmed());
    if (!problem.isEmpty()) {
        setMessage(problem, true);
        Q_EMIT done(false);
        return;
    }
    if (!start(Pending::CreateCycle))
        return;
    m_pendingWhat = tr("新建评估周期");
    m_pendingName = name.trimmed();
    QJsonObject body{{"id", id.trimmed()},
                     {"name", name.trimmed()},
                     {"opens_on", opens.toString(Qt::ISODate)},
                     {"closes_on", closes.toString(Qt::ISODate)}};
    if (!profile.isEmpty())
        body.insert("profile", profile);
    m_review->createCycle(body);
}

void CountyHomeController::publishCycle(const QString &id)
{
    if (!start(Pending::ChangeCycle))
        return;
    m_pendingWhat = tr("发布评估周期");
    m_pendingName = id;
    m_review->changeCycle(id, QStringLiteral("publish"), {});
}

void CountyHomeController::closeCycle(const QString &id)
{
    if (!start(Pending::ChangeCycle))
        return;
    m_pendingWhat = tr("结束评估周期");
    m_pendingName = id;
    m_review->changeCycle(id, QStringLiteral("close"), {});
}

void CountyHomeController::finishReview(bool ok, const QJsonObject &reply, const QString &message)
{
    const Pending pending = m_pending;
    m_pending = Pending::None;
    setBusy(false);
    if (std::exchange(m_followUp, false)) {
        if (ok)
            setCycles(reply.value("cycles").toArray());
        return;
    }
    if (!ok) {
        if (pending == Pending::ListCycles) {
            useStoredCycles();
            setMessage(tr("现在连不上服务器，下面是本机上次同步时的评估周期。（%1）").arg(message), true);
        } else {
            setMessage(tr("%1没有完成，服务器上什么也没有改变。%2").arg(m_pendingWhat, message), true);
        }
        Q_EMIT done(false);
        return;
    }
    if (pending == Pending::ListCycles) {
        setCycles(reply.value("cycles").toArray());
        setMessage({}, false);
        Q_EMIT done(true);
        return;
    }
    const QJsonObject cycle = reply.value("cycle").toObject();
    const QString name = cycle.value("name").toString();
    const QString state = cycle.value("state").toString();
    if (pending == Pending::CreateCycle)
        setMessage(
            tr("已新建评估周期“%1”（草稿）。检查无误后点“发布”，各校设备同步后就会进入这个周期。").arg(name),
            false);
    else if (state == QLatin1String("open"))
        setMessage(tr("已发布评估周期“%1”：各校、各乡镇的设备下次同步后进入这个周期。").arg(name), false);
    else
        setMessage(tr("已结束评估周期“%1”：之后提交的表仍会保存，但标为逾期。").arg(name), false);
    // The list as the server has it now (drafts included), quietly: the message above stays.
    if (start(Pending::ListCycles)) {
        m_followUp = true;
        m_review->listCycles();
    }
    Q_EMIT done(true);
}

void CountyHomeController::issueCode(int index, const QString &note)
{
    if (index < 0 || index >= m_places.size()) {
        setMessage(tr("请先选择要登记的学校或乡镇。"), true);
        Q_EMIT done(false);
        return;
    }
    if (!start(Pending::Issue))
        return;
    const QVariantMap place = m_places.at(index).toMap();
    m_pendingWhat = tr("发登记码");
    m_pendingName = place.value("label").toString();
    m_issuedCode.clear();
    m_issuedLink.clear();
    m_issuedFor.clear();
    Q_EMIT issuedChanged();
    const QString role = place.value("role").toString();
    m_enrol->issueCode(role, place.value("code").toString(), note);
}

void CountyHomeController::refreshDevices()
{
    if (!start(Pending::Devices))
        return;
    m_pendingWhat = tr("读取已登记的设备");
    m_enrol->listDevices();
}

void CountyHomeController::finishEnrol(bool ok, const QJsonObject &reply, const QString &message)
{
    const Pending pending = m_pending;
    m_pending = Pending::None;
    setBusy(false);
    if (!ok) {
        setMessage(pending == Pending::Issue ? tr("没有发出登记码（%1）。%2").arg(m_pendingName, message)
                                             : tr("读不到已登记的设备。%1").arg(message),
                   true);
        Q_EMIT done(false);
        return;
    }
    if (pending == Pending::Issue) {
        const QJsonObject scope = reply.value("scope").toObject();
        m_issuedCode = reply.value("code").toString();
        m_issuedLink = reply.value("link").toString();
        m_issuedFor =
            scope.value("role").toString() == QLatin1String("school")
                ? tr("%1 %2").arg(scope.value("town_name").toString(), scope.value("name").toString())
                : scope.value("name").toString();
        Q_EMIT issuedChanged();
        setMessage(tr("已为 %1 发出登记码 %2。只能用一次；请在新设备上扫描二维码，或输入登记码。")
                       .arg(m_issuedFor, m_issuedCode),
                   false);
        Q_EMIT done(true);
        return;
    }
    m_devices.clear();
    for (const QJsonValue &value : reply.value("devices").toArray()) {
        const QJsonObject device = value.toObject();
        const QString role = device.value("role").toString();
        const QString lastPush = device.value("last_push_at").toString();
        m_devices << QVariantMap{{"name", device.value("name").toString()},
                                 {"role", role},
                                 {"roleLabel", roleLabel(role)},
                                 {"scopeName", device.value("scope_name").toString()},
                                 {"townName", device.value("town_name").toString()},
                                 {"enrolledAt", timeText(device.value("enrolled_at").toString())},
                                 {"lastPushAt", lastPush.isEmpty() ? tr("还没有上传过") : timeText(lastPush)},
                                 {"revoked", !device.value("revoked_at").isNull()}};
    }
    Q_EMIT devicesChanged();
    setMessage({}, false);
    Q_EMIT done(true);
}

} // namespace junheng
