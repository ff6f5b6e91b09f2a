#pragma once

#include "Threshold.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace junheng {

// Pass and Fail are judgements; NotComputed means an input is missing (never a zero that looks real);
// NeedsEvidence is a yes/no item answered "yes" without the evidence it needs.
enum class ItemState { Pass, Fail, NotComputed, NeedsEvidence, NotApplicable };
QString itemStateName(ItemState state);  // "pass", …
QString itemStateLabel(ItemState state); // "达标", …

// One indicator or item judged against a threshold of a profile.
struct ItemResult
{
    QString code;  // R1…R7, G_music_rooms, Q_retention, CV_R1…
    QString title; // Chinese
    ItemState state = ItemState::NotComputed;
    std::optional<double> value;
    QString unit;
    QString comparison = QStringLiteral(">="); // how value is held against the threshold
    std::optional<Threshold> threshold;
    QString detail;      // plain Chinese: the figures, why it failed, what is missing
    QStringList missing; // "S4.teaching_area", "S3" …
    QJsonArray evidence; // the attachments behind a yes/no item

    bool passed() const { return state == ItemState::Pass; }
    QJsonObject toJson() const;

    static ItemResult notComputed(QString code, QString title, QStringList missing, QString detail);
};

// Value against threshold with a relative tolerance, so 42 teachers for 1000 students meets 4.2 exactly.
bool meets(double value, double threshold, const QString &comparison = QStringLiteral(">="));

} // namespace junheng
