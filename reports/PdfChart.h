#pragma once

#include "ReportBook.h"

#include <QRectF>

class QPainter;

namespace junheng {

// Draws a bar chart of a report into a rectangle of a page: grouped bars per category, a value axis
// with round ticks, dashed reference lines (a limit, a target) and a legend. Missing values leave a gap
// marked "无数据" rather than a bar of zero that looks real.
namespace PdfChart {

void draw(QPainter &painter, const QRectF &area, const ReportChart &chart);

} // namespace PdfChart
} // namespace junheng
