#pragma once

#include <QCoreApplication>

namespace junheng {

// The translation context of every report text (lupdate collects ReportText::tr as context "Report").
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

} // namespace junheng
