#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QQuickItem>
#include <QQuickWindow>
#include <QString>

// Looks at a rendered window the way a person would: which texts are visible and where, whether they
// are drawn in a CJK font, and whether the pixels under them hold ink.
namespace junheng::test {

struct ShownText
{
    QString text;
    QQuickItem *item = nullptr;
    QRectF sceneRect;
};

// Every visible Text/Label/TextField under root whose text is not empty.
QList<ShownText> shownTexts(QQuickItem *root);

// Repeater and view delegates are not QObject children of the window: these search the item tree.
QQuickItem *findItem(QQuickItem *root, const QString &objectName);
QList<QQuickItem *> findItems(QQuickItem *root, const QString &objectName);
// The first shown text containing needle, or nullptr.
const ShownText *findText(const QList<ShownText> &texts, const QString &needle);
// Texts joined one per line, for failure messages.
QString describe(const QList<ShownText> &texts);

// The item's scene rectangle lies (mostly) inside the window: a person can see it without scrolling.
bool isOnScreen(const ShownText &text, const QQuickWindow *window);

// The family the item's font really resolves to, and whether it can draw Simplified Chinese.
QString resolvedFamily(const QQuickItem *item);
bool supportsSimplifiedChinese(const QString &family);

// Waits (event loop, with a timeout) for the window to draw a frame after the last change.
bool waitForFrame(QQuickWindow *window, int timeoutMs = 5000);

// Distinct colours in the image (a blank or single-colour window has few).
int distinctColours(const QImage &image);
// Share of pixels in rect (scene coordinates) that stand out from its background: text drawn there.
double inkShare(const QImage &image, const QRectF &rect, const QQuickWindow *window);
// Share of pixels in rect that are clearly red (hard validation messages).
double redShare(const QImage &image, const QRectF &rect, const QQuickWindow *window);

} // namespace junheng::test
