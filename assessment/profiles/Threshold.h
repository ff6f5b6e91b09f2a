#pragma once

#include <QJsonObject>
#include <QString>

namespace junheng {

// One threshold value as a profile gives it, with where it comes from: every result says which profile
// and which source judged it (DOMAIN §4.4).
struct Threshold
{
    QString key; // e.g. "R1.primary"
    double value = 0;
    QString source;      // the document (and clause) the value comes from
    QString profileId;   // the profile that set it: national, shandong, huantai…
    QString profileName; // 国家标准, 山东省…

    QJsonObject toJson() const
    {
        return QJsonObject{{"key", key},
                           {"value", value},
                           {"source", source},
                           {"profile", profileId},
                           {"profile_name", profileName}};
    }
};

} // namespace junheng
