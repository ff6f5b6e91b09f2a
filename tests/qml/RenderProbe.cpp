#include "RenderProbe.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QHash>
#include <QSet>
#include <QSignalSpy>
#include <algorithm>
#include <cstdlib>

namespace junheng::test {

namespace {

// Where the text itself is drawn inside its item: paddings and alignment taken into account (a Label with
// padding or a wide one with short text is mostly empty).
QRectF textRect(const QQuickItem *item)
{
    const qreal left = item->property("leftPadding").toReal();
    const qreal top = item->property("topPadding").toReal();
    const qreal availableWidth = item->width() - left - item->property("rightPadding").toReal();
    const qreal availableHeight = item->height() - top - item->property("bottomPadding").toReal();
    const qreal width = std::min(item->property("contentWidth").toReal(), availableWidth);
    const qreal height = std::min(item->property("contentHeight").toReal(), availableHeight);
    if (width <= 0 || height <= 0)
        return QRectF(QPointF(0, 0), item->size());
    const int hAlign = item->property("effectiveHorizontalAlignment").toInt();
    const int vAlign = item->property("verticalAlignment").toInt();
    const qreal x = hAlign == Qt::AlignHCenter ? (availableWidth - width) / 2
                    : hAlign == Qt::AlignRight ? availableWidth - width
                                               : 0;
    const qreal y = vAlign == Qt::AlignVCenter  ? (availableHeight - height) / 2
                    : vAlign == Qt::AlignBottom ? availableHeight - height
                                                : 0;
    return QRectF(left + x, top + y, width, height);
}

void collect(QQuickItem *item, QList<ShownText> &out)
{
    if (!item->isVisible() || item->opacity() <= 0.0)
        return;
    if (item->inherits("QQuickText") || item->inherits("QQuickTextInput") ||
        item->inherits("QQuickTextEdit")) {
        const QString text = item->property("text").toString();
        if (!text.isEmpty())
            out.append({text, item, item->mapRectToScene(textRect(item))});
    }
    for (QQuickItem *child : item->childItems())
        collect(child, out);
}

QRect pixelRect(const QImage &image, const QRectF &sceneRect, const QQuickWindow *window)
{
    const qreal ratio = window->effectiveDevicePixelRatio();
    const QRectF scaled(sceneRect.x() * ratio, sceneRect.y() * ratio, sceneRect.width() * ratio,
                        sceneRect.height() * ratio);
    return scaled.toAlignedRect().intersected(image.rect());
}

template <typename Predicate>
double share(const QImage &image, const QRectF &sceneRect, const QQuickWindow *window, Predicate matches)
{
    const QRect rect = pixelRect(image, sceneRect, window);
    if (rect.isEmpty())
        return 0.0;
    qint64 hits = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x)
            hits += matches(image.pixelColor(x, y)) ? 1 : 0;
    }
    return double(hits) / double(qint64(rect.width()) * rect.height());
}

} // namespace

QList<ShownText> shownTexts(QQuickItem *root)
{
    QList<ShownText> out;
    if (root)
        collect(root, out);
    return out;
}

QQuickItem *findItem(QQuickItem *root, const QString &objectName)
{
    const QList<QQuickItem *> found = findItems(root, objectName);
    return found.isEmpty() ? nullptr : found.first();
}

QList<QQuickItem *> findItems(QQuickItem *root, const QString &objectName)
{
    QList<QQuickItem *> found;
    QList<QQuickItem *> pending{root};
    while (!pending.isEmpty()) {
        QQuickItem *item = pending.takeFirst();
        if (!item)
            continue;
        if (item->objectName() == objectName)
            found << item;
        pending << item->childItems();
    }
    return found;
}

const ShownText *findText(const QList<ShownText> &texts, const QString &needle)
{
    for (const ShownText &text : texts) {
        if (text.text.contains(needle))
            return &text;
    }
    return nullptr;
}

QString describe(const QList<ShownText> &texts)
{
    QStringList lines;
    for (const ShownText &text : texts)
        lines << text.text.left(80);
    return lines.join(QLatin1Char('\n'));
}

bool isOnScreen(const ShownText &text, const QQuickWindow *window)
{
    const QRectF visible = text.sceneRect.intersected(QRectF(QPointF(0, 0), window->size()));
    return visible.height() >= text.sceneRect.height() * 0.9 && visible.width() > 0;
}

QString resolvedFamily(const QQuickItem *item)
{
    return QFontInfo(item->property("font").value<QFont>()).family();
}

bool supportsSimplifiedChinese(const QString &family)
{
    return QFontDatabase::writingSystems(family).contains(QFontDatabase::SimplifiedChinese);
}

bool waitForFrame(QQuickWindow *window, int timeoutMs)
{
    QSignalSpy swapped(window, &QQuickWindow::frameSwapped);
    window->update();
    return swapped.wait(timeoutMs);
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

double inkShare(const QImage &image, const QRectF &rect, const QQuickWindow *window)
{
    // Ink is whatever stands out from the most common colour under the text (its background), so
    // white text on a blue bar counts as well as dark text on white.
    QHash<QRgb, int> counts;
    const QRect pixels = pixelRect(image, rect, window);
    for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
        for (int x = pixels.left(); x <= pixels.right(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb background = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    }
    const QColor bg = QColor::fromRgb(background);
    return share(image, rect, window, [&](const QColor &c) {
        return std::abs(c.red() - bg.red()) + std::abs(c.green() - bg.green()) +
                   std::abs(c.blue() - bg.blue()) >
               120;
    });
}

double redShare(const QImage &image, const QRectF &rect, const QQuickWindow *window)
{
    return share(image, rect, window, [](const QColor &c) {
        // Red by hue (amber, the reminders' colour, is around 35°), and strong enough to be ink.
        const int hue = c.hsvHue();
        return c.hsvSaturation() > 120 && c.value() > 120 && (hue <= 12 || hue >= 345);
    });
}

} // namespace junheng::test
