#include "PdfChart.h"

#include "ReportText.h"

#include <QFontMetricsF>
#include <QPainter>
#include <cmath>

namespace junheng::PdfChart {

namespace {

const QList<QColor> &seriesColours()
{
    static const QList<QColor> colours{QColor(0x2F6FAB), QColor(0xE08A2E), QColor(0x4B9B5F),
                                       QColor(0x8E5EA2)};
    return colours;
}

// A round step for about five ticks: 1, 2 or 5 × 10^n.
double niceStep(double maximum)
{
    const double raw = maximum / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= raw)
            return m * magnitude;
    return 10 * magnitude;
}

QString tickText(double value, bool percent)
{
    if (percent)
        return QString::number(value * 100, 'f', 0) + QLatin1Char('%');
    return QString::number(value, 'g', 4);
}

} // namespace

void draw(QPainter &painter, const QRectF &area, const ReportChart &chart)
{
    painter.save();
    QFont font = painter.font();
    const double base = font.pointSizeF();
    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPointSizeF(base * 1.15);
    painter.setFont(titleFont);
    const QFontMetricsF titleMetrics(titleFont);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), titleMetrics.height()), Qt::AlignLeft,
                     chart.title);

    QFont small = font;
    small.setPointSizeF(base * 0.8);
    painter.setFont(small);
    const QFontMetricsF metrics(small);
    const double line = metrics.height();

    // Legend on the title's line, at the right.
    double x = area.right();
    for (qsizetype s = chart.series.size() - 1; s >= 0; --s) {
        const QString name = chart.series.at(s).name;
        const double w = metrics.horizontalAdvance(name);
        x -= w;
        painter.setPen(Qt::black);
        painter.drawText(QPointF(x, area.top() + line * 0.9), name);
        x -= line;
        painter.fillRect(QRectF(x, area.top() + line * 0.2, line * 0.7, line * 0.7),
                         seriesColours().at(s % seriesColours().size()));
        x -= line * 0.8;
    }

    double maximum = 0;
    for (const ReportChart::Series &series : chart.series)
        for (const auto &v : series.values)
            if (v)
                maximum = std::max(maximum, *v);
    for (const ReportChart::Line &l : chart.lines)
        maximum = std::max(maximum, l.value);
    if (maximum <= 0)
        maximum = chart.percent ? 1.0 : 1.0;
    const double step = niceStep(maximum * 1.05);
    const double top = std::ceil(maximum * 1.05 / step) * step;

    const double axisWidth = metrics.horizontalAdvance(tickText(top, chart.percent)) + line * 0.6;
    const QRectF plot(area.left() + axisWidth, area.top() + titleMetrics.height() + line * 0.6,
                      area.width() - axisWidth - line * 5.5,
                      area.height() - titleMetrics.height() - line * 3.2);
    auto yOf = [&](double v) {
        return plot.bottom() - plot.height() * v / top;
    };

    // Grid and value axis.
    for (double v = 0; v <= top + step / 2; v += step) {
        const double y = yOf(v);
        painter.setPen(QPen(QColor(0xDDDDDD), 0));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(QColor(0x555555));
        painter.drawText(QRectF(area.left(), y - line / 2, axisWidth - line * 0.3, line),
                         Qt::AlignRight | Qt::AlignVCenter, tickText(v, chart.percent));
    }
    painter.setPen(QPen(QColor(0x555555), 0));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());

    const qsizetype categories = chart.categories.size();
    const qsizetype seriesCount = std::max<qsizetype>(1, chart.series.size());
    if (categories > 0) {
        const double slot = plot.width() / double(categories);
        const double barWidth = slot * 0.7 / double(seriesCount);
        for (qsizetype c = 0; c < categories; ++c) {
            const double left = plot.left() + slot * double(c) + slot * 0.15;
            bool any = false;
            for (qsizetype s = 0; s < chart.series.size(); ++s) {
                const auto &values = chart.series.at(s).values;
                if (c >= values.size() || !values.at(c))
                    continue;
                any = true;
                const double v = *values.at(c);
                const QRectF bar(left + barWidth * double(s), yOf(v), barWidth * 0.92,
                                 plot.bottom() - yOf(v));
                painter.fillRect(bar, seriesColours().at(s % seriesColours().size()));
                if (barWidth > metrics.horizontalAdvance(QStringLiteral("00.0%")) * 0.9) {
                    painter.setPen(QColor(0x333333));
                    painter.drawText(
                        QRectF(bar.left() - line, bar.top() - line, bar.width() + 2 * line, line),
                        Qt::AlignHCenter | Qt::AlignBottom,
                        chart.percent ? QString::number(v * 100, 'f', 1) + QLatin1Char('%')
                                      : QString::number(v, 'g', 3));
                }
            }
            painter.setPen(QColor(0x333333));
            const QRectF label(plot.left() + slot * double(c), plot.bottom() + line * 0.2, slot, line * 2);
            painter.drawText(label, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                             metrics.elidedText(chart.categories.at(c), Qt::ElideRight, slot * 2));
            if (!any) {
                painter.setPen(QColor(0x999999));
                painter.drawText(
                    QRectF(plot.left() + slot * double(c), plot.bottom() - line * 1.2, slot, line),
                    Qt::AlignHCenter, ReportText::tr("无数据"));
            }
        }
    }

    // Reference lines, labelled at the right of the plot.
    for (const ReportChart::Line &l : chart.lines) {
        const double y = yOf(l.value);
        painter.setPen(QPen(QColor(0xB42318), 0, Qt::DashLine));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(QColor(0xB42318));
        painter.drawText(QRectF(plot.right() + line * 0.3, y - line / 2, line * 5.2, line),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         l.label.isEmpty() ? tickText(l.value, chart.percent) : l.label);
    }
    painter.restore();
}

} // namespace junheng::PdfChart
