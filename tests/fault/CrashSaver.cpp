// Saves and finalises rows in a loop, printing a line after each save the store confirmed, until it
// is killed. CrashSaveTest kills it with SIGKILL at random moments and checks the database.
#include "FormCatalog.h"
#include "LocalStore.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <cstdio>

using namespace junheng;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: crash_saver DB FORMS_DIR SEED\n");
        return 2;
    }
    auto store = LocalStore::open(QString::fromLocal8Bit(argv[1]));
    auto catalog = FormCatalog::load(QString::fromLocal8Bit(argv[2]));
    if (!store || !catalog) {
        std::fprintf(stderr, "open failed\n");
        return 1;
    }
    const FormDefinition &form = *catalog->find("FT");
    QRandomGenerator random(quint32(QByteArray(argv[3]).toUInt()));
    QList<LocalRecord> existing = store.value()->records("FT");
    for (int n = 0;; ++n) {
        LocalRecord record;
        QJsonObject payload;
        if (!existing.isEmpty() && random.bounded(2) == 0) {
            record = *store.value()->record(existing.at(random.bounded(int(existing.size()))).uuid);
            payload = record.payload;
        } else {
            record.formId = "FT";
            record.formVersion = 1;
            record.schoolCode = "3703990101";
            record.cycle = "2025";
            payload = {{"student_id", QStringLiteral("C%1-%2").arg(argv[3]).arg(n)}, {"name", "学生"}};
        }
        payload["height"] = 120 + random.bounded(600) / 10.0;
        auto saved = store.value()->saveDraft(record, payload);
        if (!saved) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(saved.error().message));
            return 1;
        }
        LocalRecord confirmed = saved.value();
        if (random.bounded(2) == 0) {
            auto finalised = store.value()->finalise(confirmed.uuid, form);
            if (!finalised) {
                std::fprintf(stderr, "finalise failed: %s\n", qPrintable(finalised.error().message));
                return 1;
            }
            confirmed = finalised.value();
        }
        if (record.isNew())
            existing.append(confirmed);
        std::printf("saved %s %d %s %s\n", qPrintable(confirmed.uuid), confirmed.revision,
                    qPrintable(confirmed.payloadHash), qPrintable(statusName(confirmed.status)));
        std::fflush(stdout);
    }
}
