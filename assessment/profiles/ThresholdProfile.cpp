#include "ThresholdProfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace junheng {

namespace {

Result<QJsonObject> readProfile(const QString &directory, const QString &id)
{
    QFile file(directory + QLatin1Char('/') + id + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError("profile.missing",
                         QCoreApplication::translate("ThresholdProfile",
                                                     "找不到阈值档案“%1”（%2）。请检查档案名称或档案目录。")
                             .arg(id, file.fileName()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        return makeError("profile.parse",
                         QCoreApplication::translate("ThresholdProfile", "阈值档案 %1 不是有效的 JSON：%2。")
                             .arg(file.fileName(), error.errorString()));
    return document.object();
}

} // namespace

const QStringList &ThresholdProfile::requiredKeys()
{
    static const QStringList keys = [] {
        QStringList list;
        for (const char *code : {"R1", "R2", "R3", "R4", "R5", "R6", "R7"})
            for (const char *stage : {".primary", ".junior"})
                list << QLatin1String(code) + QLatin1String(stage);
        list << QStringList{"resource.min_passing",
                            "resource.floor_ratio",
                            "cv.primary",
                            "cv.junior",
                            "rooms.classes_per_room",
                            "rooms.music_area",
                            "rooms.art_area",
                            "school_size.primary",
                            "school_size.junior",
                            "school_size.nine_year",
                            "class_size.primary",
                            "class_size.junior",
                            "funding.floor_students",
                            "funding.norm.primary",
                            "funding.norm.junior",
                            "special_ed_funds",
                            "training.hours",
                            "training.completion",
                            "rotation.rate",
                            "rotation.backbone_rate",
                            "certificate.rate",
                            "zoned.primary",
                            "zoned.junior",
                            "hs_places",
                            "migrant_public",
                            "retention.rate",
                            "retention.years",
                            "disability_enrolment",
                            "training_spend",
                            "monitoring.level",
                            "monitoring.diff_rate",
                            "social_recognition",
                            "fitness.excellent_good",
                            "fitness.pass",
                            "myopia.target_change_pp",
                            "myopia.ortho_k_myopic"};
        return list;
    }();
    return keys;
}

Result<ThresholdProfile> ThresholdProfile::load(const QString &id, const QString &directory)
{
    ThresholdProfile profile;
    QList<QJsonObject> chain;
    QString next = id;
    while (!next.isEmpty()) {
        if (profile.m_chain.contains(next))
            return makeError(
                "profile.cycle",
                QCoreApplication::translate("ThresholdProfile",
                                            "阈值档案“%1”的上级档案链中出现循环（%2）。请改正档案的 parent。")
                    .arg(id, profile.m_chain.join(QStringLiteral(" → "))));
        auto object = readProfile(directory, next);
        if (!object)
            return object.error();
        profile.m_chain << next;
        chain << object.value();
        next = object->value("parent").toString();
    }
    // Apply from the root down so the leaf's values win.
    for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
        const QString profileId = it->value("id").toString();
        const QString profileName = it->value("name").toString();
        const QJsonObject values = it->value("values").toObject();
        for (auto v = values.begin(); v != values.end(); ++v) {
            const QJsonObject entry = v.value().toObject();
            if (!entry.value("value").isDouble() || entry.value("source").toString().isEmpty())
                return makeError(
                    "profile.value",
                    QCoreApplication::translate("ThresholdProfile",
                                                "阈值档案“%1”中的“%2”应写成 {\"value\": 数值, \"source\": "
                                                "\"出处\"}，每个数值都要有出处。")
                        .arg(profileId, v.key()));
            profile.m_values.insert(v.key(),
                                    Threshold{v.key(), entry.value("value").toDouble(),
                                              entry.value("source").toString(), profileId, profileName});
        }
    }
    profile.m_id = id;
    profile.m_name = chain.first().value("name").toString();
    for (const QString &key : requiredKeys())
        if (!profile.m_values.contains(key))
            return makeError(
                "profile.incomplete",
                QCoreApplication::translate("ThresholdProfile",
                                            "阈值档案“%1”及其上级档案都没有给出“%2”的数值。请在档案中补上。")
                    .arg(id, key));
    return profile;
}

QHash<QString, QString> ThresholdProfile::available(const QString &directory)
{
    QHash<QString, QString> list;
    const QStringList files = QDir(directory).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &file : files) {
        const QString id = file.chopped(5);
        if (auto object = readProfile(directory, id))
            list.insert(id, object->value("name").toString());
    }
    return list;
}

void ThresholdProfile::set(const QString &key, double value, const QString &source)
{
    m_values.insert(key, Threshold{key, value, source, m_id, m_name});
}

} // namespace junheng
