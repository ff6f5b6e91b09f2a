// End-to-end sync on loopback, as issue 6 asks: the real junheng-server (its own process, TLS with its
// self-signed certificate, pinned by the device at enrolment), real devices (LocalStore + SyncEngine in this
// process) and, between them, the counting proxy of the fault tests, so the bytes are the TCP bytes of the
// TLS streams in both directions. Requests are counted by the server (its /metrics, read directly).
//
//   sync_initial_push   10,000 finalised S6 rows pushed by one device (targets: >= 20,000 records/s,
//                       <= 1.8 MB on the wire)
//   sync_incremental    then 1% (100 rows) changed and finalised again (<= 20 ms, <= 25 KB)
//   sync_noop           then a sync with nothing to do, 20 times (<= 5 ms, one request, <= 1 KB each)
//   sync_200_devices    a fresh server; 200 devices (one school each) push 500 rows each, all at once
//                       (all 100,000 stored in <= 10 s, no error; p50/p99 of the devices' sync times)
#include "EnrolmentService.h"
#include "FaultProxy.h"
#include "FormCatalog.h"
#include "JsonLineReporter.h"
#include "LocalStore.h"
#include "ServerDatabase.h"
#include "SyncEngine.h"
#include "Validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <memory>
#include <sys/resource.h>
#include <vector>

using namespace junheng;

namespace {

const FormDefinition &s6()
{
    static const FormCatalog forms = FormCatalog::load(FormCatalog::builtInDirectory).value();
    return *forms.find("S6");
}

// Skips the case and says why on stderr (the JSON-line reporter prints only figures).
void skip(benchmark::State &state, const char *why)
{
    std::fprintf(stderr, "skipped: %s\n", why);
    state.SkipWithError(why);
}

// Runs the event loop until `done` or the timeout; false on timeout.
template <typename Done> bool spin(Done done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    // Blocks in the event loop (no busy polling, which would take a core from the server); the tick
    // only makes sure `done` is looked at again.
    QTimer tick;
    tick.start(5);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// A junior student's fitness row as a school enters it (~400 bytes of payload once normalised); `variant`
// changes the measurements, as a re-test would.
QJsonObject studentRow(int device, int i, int variant = 0)
{
    const bool boy = i % 2 == 0;
    const int v = i * 7 + variant * 13;
    QJsonObject row{
        {"grade_code", "22"},
        {"class_code", QStringLiteral("22%1").arg(i / 40 % 9 + 1, 2, 10, QChar('0'))},
        {"class_name", QStringLiteral("初二%1班").arg(i / 40 % 9 + 1)},
        {"student_id", QStringLiteral("G37039%1%2").arg(device, 3, 10, QChar('0')).arg(i, 8, 10, QChar('0'))},
        {"ethnicity", "1"},
        {"name", QStringLiteral("学生%1").arg(i)},
        {"sex", boy ? "1" : "2"},
        {"birth_date", QStringLiteral("2011/%1/%2").arg(v % 12 + 1).arg(v % 28 + 1)},
        {"height", QString::number(150 + v % 200 / 10.0, 'f', 1)},
        {"weight", QString::number(42 + v % 150 / 10.0, 'f', 1)},
        {"lung", QString::number(2200 + v % 900)},
        {"run50", QString::number(7.8 + v % 20 / 10.0, 'f', 1)},
        {"sit_reach", QString::number(4 + v % 120 / 10.0, 'f', 1)},
        {"long_jump", QString::number(170 + v % 50)},
        {"ua_left", QString::number(4.6 + v % 6 / 10.0, 'f', 1)},
        {"ua_right", QString::number(4.6 + (v / 3) % 6 / 10.0, 'f', 1)}};
    if (boy) {
        row.insert("pullups", QString::number(2 + v % 10));
        row.insert("run1000", QStringLiteral("4′%1″").arg(10 + v % 40));
    } else {
        row.insert("situps", QString::number(28 + v % 20));
        row.insert("run800", QStringLiteral("3'%1\"").arg(40 + v % 19));
    }
    return Validator::normalise(s6(), row);
}

// The counting proxy, in a thread of its own. In the devices' thread it would forward bytes only between
// the devices' own work (building a batch, saving a reply), which no real network waits for: the server
// would sit idle behind it. Everything of the proxy is created, used and destroyed in that thread.
class ProxyThread
{
public:
    ~ProxyThread()
    {
        if (!m_thread.isRunning())
            return;
        run([this] { m_proxy.reset(); });
        m_thread.quit();
        m_thread.wait();
    }

    bool start(quint16 upstreamPort)
    {
        m_thread.start();
        m_anchor.moveToThread(&m_thread);
        bool listening = false;
        run([&] {
            m_proxy = std::make_unique<FaultProxy>(upstreamPort, 1);
            listening = m_proxy->listen();
        });
        return listening;
    }

    // Runs `work` in the proxy's thread and waits for it.
    template <typename Work> void run(Work work)
    {
        QMetaObject::invokeMethod(&m_anchor, work, Qt::BlockingQueuedConnection);
    }

    quint16 port()
    {
        quint16 port = 0;
        run([&] { port = m_proxy->port(); });
        return port;
    }
    qint64 wireBytes()
    {
        qint64 bytes = 0;
        run([&] { bytes = m_proxy->bytesFromClients() + m_proxy->bytesFromServer(); });
        return bytes;
    }
    int connections()
    {
        int count = 0;
        run([&] { count = m_proxy->connections(); });
        return count;
    }
    void resetCounters()
    {
        run([this] { m_proxy->resetCounters(); });
    }

private:
    QThread m_thread;
    QObject m_anchor;
    std::unique_ptr<FaultProxy> m_proxy;
};

// junheng-server in its own process on 127.0.0.1 (TLS, self-signed), and the counting proxy in front of it.
class BenchServer
{
public:
    ~BenchServer()
    {
        m_proxy.reset();
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool start(QString *why)
    {
        QProcess demo;
        demo.start(QStringLiteral(JUNHENG_SERVER_BIN), {"init-demo", "--data-dir", m_dir.path()});
        if (!demo.waitForFinished(30000) || demo.exitCode() != 0) {
            *why = QStringLiteral("init-demo: ") + QString::fromUtf8(demo.readAllStandardError());
            return false;
        }
        auto database = server::ServerDatabase::open(m_dir.filePath("server.db"));
        if (!database) {
            *why = database.error().message;
            return false;
        }
        m_database = std::move(database).value();
        m_process.setProgram(QStringLiteral(JUNHENG_SERVER_BIN));
        // TLS is the default: the server makes its self-signed certificate on this first run.
        m_process.setArguments({"--data-dir", m_dir.path(), "--host", "127.0.0.1", "--port", "0",
                                "--enrol-per-minute", "0", "--requests-per-minute", "0"});
        // One JSON line per request on stderr: not wanted here, and a full pipe would stall the server.
        // $JUNHENG_BENCH_SERVER_LOG names a file to keep them in (each request's server-side ms).
        const QString log = qEnvironmentVariable("JUNHENG_BENCH_SERVER_LOG");
        m_process.setStandardErrorFile(log.isEmpty() ? QProcess::nullDevice() : log);
        m_process.start();
        static const QRegularExpression listening(QStringLiteral("listening on (https\\S+)"));
        QByteArray seen;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30000 && m_process.waitForReadyRead(30000)) {
            seen += m_process.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(seen));
            if (match.hasMatch()) {
                m_url = QUrl(match.captured(1));
                m_proxy = std::make_unique<ProxyThread>();
                if (!m_proxy->start(quint16(m_url.port()))) {
                    *why = QStringLiteral("proxy listen");
                    return false;
                }
                return true;
            }
        }
        *why = QStringLiteral("no 'listening on https' line: ") + QString::fromUtf8(seen);
        return false;
    }

    QUrl url() const { return m_url; }
    // CPU time (user + system) the server process has used so far, in ms; -1 if unknown.
    double cpuMs() const
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(m_process.processId()));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        // Fields 14 and 15 (utime, stime) in clock ticks, after the command name in parentheses.
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            return -1;
        return (fields.at(11).toDouble() + fields.at(12).toDouble()) * 1000.0 / double(sysconf(_SC_CLK_TCK));
    }
    QUrl proxyUrl() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_proxy->port())); }
    ProxyThread &proxy() { return *m_proxy; }
    qint64 wireBytes() const { return m_proxy->wireBytes(); }
    QSqlDatabase db() const { return m_database->connection(); }

    QString issueCode(const QString &schoolCode)
    {
        auto code = server::EnrolmentService(db()).issueCode(QStringLiteral("school"), schoolCode);
        if (!code)
            std::fprintf(stderr, "issue-code %s: %s\n", qPrintable(schoolCode),
                         qPrintable(code.error().message));
        return code ? code.value() : QString();
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery query(db());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    // Every request the server has answered so far (the sum of junheng_http_requests_total), read directly.
    qint64 requestsServed()
    {
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(m_url.resolved(QUrl("/metrics"))));
        // Only the bench reads this, from the server it started: its self-signed certificate is expected.
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
        spin([reply] { return reply->isFinished(); }, 120000); // after a burst the server answers late
        qint64 total = 0;
        static const QRegularExpression line(
            QStringLiteral("^junheng_http_requests_total\\{route=\"([^\"]+)\""
                           "[^}]*\\} (\\d+)$"),
            QRegularExpression::MultilineOption);
        auto it = line.globalMatch(QString::fromUtf8(reply->readAll()));
        while (it.hasNext()) {
            const auto match = it.next();
            if (match.captured(1) != QLatin1String("/metrics"))
                total += match.captured(2).toLongLong();
        }
        delete reply;
        return total;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::ServerDatabase> m_database;
    QProcess m_process;
    QUrl m_url;
    std::unique_ptr<ProxyThread> m_proxy;
};

struct Device
{
    QString schoolCode;
    QString cycle;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<SyncEngine> engine;
    bool finished = false;
    bool ok = false;
    QString message;
    qint64 ms = 0;
    QElapsedTimer timer;

    void startSync()
    {
        finished = false;
        timer.start();
        engine->syncNow();
    }
};

// Enrols a device with the server directly (pinning its certificate), then points it at the proxy.
std::unique_ptr<Device> enrolDevice(BenchServer &server, const QString &path, const QString &schoolCode,
                                    QString *why)
{
    auto device = std::make_unique<Device>();
    device->schoolCode = schoolCode;
    auto store = LocalStore::open(path);
    if (!store) {
        *why = store.error().message;
        return nullptr;
    }
    device->store = std::move(store).value();
    // S6 is encrypted at rest: the device is unlocked with its PIN before anything is saved or sent (few
    // PBKDF2 iterations, as in the tests: the unlock is not what is measured).
    if (Status unlocked = device->store->setPin(QStringLiteral("246810"), 1000); !unlocked) {
        *why = unlocked.error().message;
        return nullptr;
    }
    device->engine = std::make_unique<SyncEngine>(device->store.get());
    Device *raw = device.get();
    QObject::connect(raw->engine.get(), &SyncEngine::syncFinished, raw->engine.get(),
                     [raw](bool ok, const QString &message) {
                         raw->finished = true;
                         raw->ok = ok;
                         raw->message = message;
                         raw->ms = raw->timer.elapsed();
                     });
    bool enrolled = false;
    QString failure = QStringLiteral("enrolment timed out");
    QObject::connect(raw->engine.get(), &SyncEngine::enrolFinished, raw->engine.get(),
                     [&](bool ok, const QString &message) {
                         enrolled = true;
                         failure = ok ? QString() : message;
                     });
    raw->engine->enrol(server.url(), server.issueCode(schoolCode), QStringLiteral("bench"));
    if (!spin([&] { return enrolled; }, 30000) || !failure.isEmpty()) {
        *why = failure;
        return nullptr;
    }
    Enrolment enrolment = *raw->store->enrolment();
    enrolment.serverUrl = server.proxyUrl().toString();
    raw->store->saveEnrolment(enrolment);
    raw->cycle = enrolment.cycleId;
    return device;
}

// Saves rows [first, first + count) of the device's roster (as `variant`) and finalises them.
bool finaliseRows(Device &device, int deviceNumber, int first, int count, int variant, QString *why)
{
    QList<QJsonObject> rows;
    rows.reserve(count);
    for (int i = first; i < first + count; ++i)
        rows.append(studentRow(deviceNumber, i, variant));
    auto saved = device.store->upsertRosterRows(s6(), device.schoolCode, device.cycle, rows);
    if (!saved) {
        *why = saved.error().message;
        return false;
    }
    auto finalised = device.store->finaliseRoster(s6(), device.schoolCode, device.cycle);
    if (!finalised) {
        *why = finalised.error().message;
        return false;
    }
    if (finalised.value() != count) {
        *why = QStringLiteral("finalised %1 of %2 rows").arg(finalised.value()).arg(count);
        return false;
    }
    return true;
}

// The one-device world shared by the first three cases, in order.
struct OneDevice
{
    BenchServer server;
    std::unique_ptr<Device> device;
    QTemporaryDir clientDir;
    QString error;
};

OneDevice &oneDevice()
{
    static OneDevice *world = [] {
        auto *w = new OneDevice;
        // Ended with the application (its server process stopped), not left running after the bench.
        qAddPostRoutine([] { delete &oneDevice(); });
        if (!w->server.start(&w->error))
            return w;
        w->device = enrolDevice(w->server, w->clientDir.filePath("device.db"), QStringLiteral("3703990103"),
                                &w->error);
        return w;
    }();
    return *world;
}

// CPU time (user + system, all threads) this process has used so far, in ms.
double ownCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

// One timed sync of the device: sets ms, bytes_on_wire, requests; false (and skips) on failure.
// The CPU times (device side: this process with its network thread and the proxy; server process) show
// the work done whatever the load of the machine, which the wall-clock `ms` does not.
struct CpuUse
{
    double device = 0;
    double server = 0;
};

bool timedSync(benchmark::State &state, OneDevice &world, double *ms, double *bytes, double *requests,
               CpuUse *cpu = nullptr)
{
    const qint64 requestsBefore = world.server.requestsServed();
    world.server.proxy().resetCounters();
    const double deviceBefore = ownCpuMs();
    const double serverBefore = world.server.cpuMs();
    world.device->startSync();
    if (!spin([&] { return world.device->finished; }, 120000) || !world.device->ok) {
        skip(state, QString(QStringLiteral("sync failed: ") + world.device->message).toStdString().c_str());
        return false;
    }
    if (cpu) {
        cpu->device += ownCpuMs() - deviceBefore;
        cpu->server += world.server.cpuMs() - serverBefore;
    }
    *ms = double(world.device->ms);
    *bytes = double(world.server.wireBytes());
    *requests = double(world.server.requestsServed() - requestsBefore);
    return true;
}

void sync_initial_push(benchmark::State &state)
{
    OneDevice &world = oneDevice();
    if (!world.device) {
        skip(state, world.error.toStdString().c_str());
        return;
    }
    constexpr int Rows = 10000;
    QString why;
    if (!finaliseRows(*world.device, 1, 0, Rows, 0, &why)) {
        skip(state, why.toStdString().c_str());
        return;
    }
    double ms = 0, bytes = 0, requests = 0;
    CpuUse cpu;
    for (auto _ : state) {
        if (!timedSync(state, world, &ms, &bytes, &requests, &cpu))
            return;
        state.SetIterationTime(ms / 1000);
    }
    state.counters["device_cpu_ms"] = cpu.device;
    state.counters["server_cpu_ms"] = cpu.server;
    const qint64 stored = world.server.scalar("SELECT COUNT(*) FROM records");
    if (stored != Rows || world.device->store->syncState().pending != 0) {
        skip(state, QStringLiteral("stored %1 of %2").arg(stored).arg(Rows).toStdString().c_str());
        return;
    }
    state.counters["records_per_s"] = Rows / (ms / 1000);
    state.counters["ms"] = ms;
    state.counters["bytes_on_wire"] = bytes;
    state.counters["requests"] = requests;
    state.counters["connections"] = world.server.proxy().connections();
}

void sync_incremental(benchmark::State &state)
{
    OneDevice &world = oneDevice();
    if (!world.device || world.device->store->syncState().pending != 0) {
        skip(state, "needs sync_initial_push first");
        return;
    }
    // 1%: every 100th student re-tested.
    QList<QJsonObject> rows;
    for (int i = 0; i < 10000; i += 100)
        rows.append(studentRow(1, i, 1));
    auto saved =
        world.device->store->upsertRosterRows(s6(), world.device->schoolCode, world.device->cycle, rows);
    auto finalised = world.device->store->finaliseRoster(s6(), world.device->schoolCode, world.device->cycle);
    if (!saved || !finalised || finalised.value() != 100) {
        skip(state, "changing 1% failed");
        return;
    }
    double ms = 0, bytes = 0, requests = 0;
    CpuUse cpu;
    for (auto _ : state) {
        if (!timedSync(state, world, &ms, &bytes, &requests, &cpu))
            return;
        state.SetIterationTime(ms / 1000);
    }
    state.counters["device_cpu_ms"] = cpu.device;
    state.counters["server_cpu_ms"] = cpu.server;
    if (world.server.scalar("SELECT COUNT(*) FROM records") != 10100) {
        skip(state, "the 100 new revisions are not all stored");
        return;
    }
    state.counters["records"] = 100;
    state.counters["ms"] = ms;
    state.counters["bytes_on_wire"] = bytes;
    state.counters["requests"] = requests;
    state.counters["connections"] = world.server.proxy().connections();
}

void sync_noop(benchmark::State &state)
{
    OneDevice &world = oneDevice();
    if (!world.device || world.device->store->syncState().pending != 0) {
        skip(state, "needs sync_initial_push first");
        return;
    }
    double totalMs = 0, totalBytes = 0, totalRequests = 0, connections = 0;
    CpuUse cpu;
    for (auto _ : state) {
        double ms = 0, bytes = 0, requests = 0;
        if (!timedSync(state, world, &ms, &bytes, &requests, &cpu))
            return;
        state.SetIterationTime(ms / 1000);
        totalMs += ms;
        totalBytes += bytes;
        totalRequests += requests;
        connections += world.server.proxy().connections();
    }
    const double n = double(state.iterations());
    state.counters["ms"] = totalMs / n;
    state.counters["bytes_on_wire"] = totalBytes / n;
    state.counters["requests"] = totalRequests / n;
    state.counters["connections"] = connections / n;
    state.counters["device_cpu_ms"] = cpu.device / n;
    state.counters["server_cpu_ms"] = cpu.server / n;
}

// 200 schools of the bench's own (towns 370399098 and 370399099), so each device's pull brings nothing of
// another device and the case measures the pushes.
QStringList addBenchSchools(BenchServer &server, int count)
{
    QSqlQuery query(server.db());
    QStringList codes;
    for (int town = 98; town <= 99; ++town)
        query.exec(QStringLiteral("INSERT INTO towns (county_code, code, name, kind) VALUES"
                                  " ('370399', '370399%1', '压测镇%1', 'town')")
                       .arg(town, 3, 10, QChar('0')));
    for (int i = 0; i < count; ++i) {
        const QString code = QStringLiteral("370399%1%2").arg(98 + i / 100).arg(i % 100, 2, 10, QChar('0'));
        query.prepare(
            QStringLiteral("INSERT INTO schools (county_code, code, name, town_code, type, location,"
                           " ownership, boarding, students) VALUES ('370399', ?, ?, ?, 'junior',"
                           " 'town', 'public', 0, 500)"));
        query.addBindValue(code);
        query.addBindValue(QStringLiteral("压测学校%1").arg(i));
        query.addBindValue(QStringLiteral("3703990%1").arg(98 + i / 100));
        if (query.exec())
            codes.append(code);
    }
    return codes;
}

void sync_200_devices(benchmark::State &state)
{
    constexpr int Devices = 200;
    constexpr int RowsEach = 500;
    BenchServer server;
    QTemporaryDir clientDir;
    QString why;
    if (!server.start(&why)) {
        skip(state, why.toStdString().c_str());
        return;
    }
    const QStringList schools = addBenchSchools(server, Devices);
    if (schools.size() != Devices) {
        skip(state, "could not add the bench schools");
        return;
    }
    std::vector<std::unique_ptr<Device>> devices;
    for (int d = 0; d < Devices; ++d) {
        auto device = enrolDevice(server, clientDir.filePath(QStringLiteral("device%1.db").arg(d)),
                                  schools.at(d), &why);
        if (!device || !finaliseRows(*device, d, 0, RowsEach, 0, &why)) {
            skip(state, why.toStdString().c_str());
            return;
        }
        devices.push_back(std::move(device));
    }
    server.proxy().resetCounters();
    const qint64 requestsBefore = server.requestsServed();
    double ms = 0;
    CpuUse cpu;
    for (auto _ : state) {
        const double deviceBefore = ownCpuMs();
        const double serverBefore = server.cpuMs();
        QElapsedTimer timer;
        timer.start();
        for (auto &device : devices)
            device->startSync();
        spin([&] { return std::all_of(devices.begin(), devices.end(), [](auto &d) { return d->finished; }); },
             300000);
        ms = double(timer.elapsed());
        state.SetIterationTime(ms / 1000);
        cpu.device += ownCpuMs() - deviceBefore;
        cpu.server += server.cpuMs() - serverBefore;
    }
    state.counters["device_cpu_ms"] = cpu.device;
    state.counters["server_cpu_ms"] = cpu.server;
    std::vector<double> times;
    int errors = 0;
    for (auto &device : devices) {
        times.push_back(double(device->ms));
        errors += !device->finished || !device->ok;
    }
    std::sort(times.begin(), times.end());
    const qint64 stored = server.scalar("SELECT COUNT(*) FROM records");
    state.counters["records_per_s"] = stored / (ms / 1000);
    state.counters["ms"] = ms;
    state.counters["stored"] = double(stored);
    state.counters["errors"] = errors;
    state.counters["p50_ms"] = times.at(times.size() / 2);
    state.counters["p99_ms"] = times.at(times.size() * 99 / 100);
    state.counters["bytes_on_wire"] = double(server.wireBytes());
    state.counters["requests"] = double(server.requestsServed() - requestsBefore);
    if (errors > 0) {
        for (auto &device : devices) {
            if (!device->ok) {
                std::fprintf(stderr, "device %s: %s\n", qPrintable(device->schoolCode),
                             qPrintable(device->message));
                break;
            }
        }
    }
}

} // namespace

BENCHMARK(sync_initial_push)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(sync_incremental)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(sync_noop)->Iterations(20)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(sync_200_devices)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
