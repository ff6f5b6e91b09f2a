// How fast the server applies pushes (200-record batches through RecordService: validation, scope, the
// outcome checks, insert and audit row in one transaction) on SQLite — and on PostgreSQL when
// JUNHENG_BENCH_POSTGRES names an empty database — and how fast a push body is gzipped and read back.
#include "DemoCounty.h"
#include "FormCatalog.h"
#include "GzipCodec.h"
#include "JsonLineReporter.h"
#include "Protocol.h"
#include "RecordService.h"
#include "ServerDatabase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUuid>

using namespace junheng;
using namespace junheng::server;

namespace {

QJsonObject s4Payload(int i)
{
    return QJsonObject{{"teaching_area", 8200.5 + i},
                       {"sports_area_outdoor", 12000},
                       {"sports_area_indoor", 0},
                       {"equipment_value", 3600000},
                       {"multimedia_rooms", 36},
                       {"music_rooms", 1},
                       {"music_room_areas", QJsonArray{96}},
                       {"art_rooms", 0},
                       {"classes", 36}};
}

// 200 new S4 records: every demo school, five cycles of this batch's own (S4 is one per school and cycle).
QJsonObject batch(int number)
{
    QJsonArray records;
    const QList<SchoolInfo> schools = DemoCounty::schools();
    for (int i = 0; i < protocol::MaxBatchRecords; ++i) {
        const QJsonObject payload = s4Payload(i);
        records.append(QJsonObject{{"uuid", QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                   {"form_id", "S4"},
                                   {"form_version", 1},
                                   {"school_code", schools.at(i % schools.size()).code},
                                   {"cycle", QStringLiteral("b%1-%2").arg(number).arg(i / schools.size())},
                                   {"status", "finalised"},
                                   {"revision", 1},
                                   {"base_revision", 0},
                                   {"payload", payload},
                                   {"payload_hash", protocol::payloadHash(payload)},
                                   {"updated_at", "2026-11-23T08:15:00Z"}});
    }
    return QJsonObject{{"records", records}};
}

void pushBatches(benchmark::State &state, const QString &location)
{
    auto database = ServerDatabase::open(location);
    if (!database || !DemoCounty::create(*database.value())) {
        state.SkipWithError("no database");
        return;
    }
    RecordService service(database.value()->connection(),
                          FormCatalog::load(FormCatalog::builtInDirectory).value());
    const Caller county{QStringLiteral("bench-device"), QStringLiteral("county"), QStringLiteral("370399"),
                        QStringLiteral("370399")};
    int number = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QJsonObject body = batch(++number);
        state.ResumeTiming();
        auto results = service.push(county, body);
        if (!results || results->first().outcome != protocol::Outcome::Applied) {
            state.SkipWithError("push failed");
            return;
        }
    }
    state.counters["records_per_s"] = benchmark::Counter(
        double(state.iterations()) * protocol::MaxBatchRecords, benchmark::Counter::kIsRate);
}

void server_push_batch_sqlite(benchmark::State &state)
{
    QTemporaryDir dir;
    pushBatches(state, dir.filePath("server.db"));
}

void server_push_batch_postgres(benchmark::State &state)
{
    pushBatches(state, qEnvironmentVariable("JUNHENG_BENCH_POSTGRES"));
}

void server_gzip_push_body(benchmark::State &state)
{
    const QByteArray body = QJsonDocument(batch(0)).toJson(QJsonDocument::Compact);
    qint64 compressedBytes = 0;
    for (auto _ : state) {
        const QByteArray compressed = GzipCodec::compress(body);
        compressedBytes = compressed.size();
        benchmark::DoNotOptimize(GzipCodec::decompress(compressed, protocol::MaxBodyBytes));
    }
    state.counters["body_bytes"] = double(body.size());
    state.counters["gzip_bytes"] = double(compressedBytes);
    state.counters["round_trips_per_s"] =
        benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}

} // namespace

BENCHMARK(server_push_batch_sqlite)->Iterations(10)->UseRealTime();
BENCHMARK(server_gzip_push_body)->UseRealTime();

// Registered only when a PostgreSQL database is given (before main, like the BENCHMARK macros).
const bool postgresRegistered = [] {
    if (!qEnvironmentVariableIsEmpty("JUNHENG_BENCH_POSTGRES"))
        benchmark::RegisterBenchmark("server_push_batch_postgres", server_push_batch_postgres)
            ->Iterations(10)
            ->UseRealTime();
    return true;
}();
