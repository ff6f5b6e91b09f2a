// Renders every form of the built-in catalog (form_<ID>.png: single-record forms as form pages, rosters
// as grids) and the reason box of a soft warning (form_s4_reason.png), and checks what they show.
#include "AppController.h"
#include "AppRenderFixture.h"
#include "FormCatalog.h"
#include "FormController.h"

#include <QQuickItem>
#include <QTest>
#include <algorithm>

using namespace junheng;
using namespace junheng::test;

namespace {

// The reason box under a warning: an editable field whose placeholder asks for the reason.
bool reasonBoxShown(QQuickItem *item)
{
    if (!item->isVisible())
        return false;
    if (item->property("placeholderText").toString().contains(QStringLiteral("保留这个数值的原因")))
        return true;
    const QList<QQuickItem *> children = item->childItems();
    return std::any_of(children.cbegin(), children.cend(),
                       [](QQuickItem *child) { return reasonBoxShown(child); });
}

} // namespace

TEST_F(AppRenderTest, EveryFormOfTheCatalogRendersItsPage)
{
    seedEnrolledSchool();
    startApp({1280, 800});
    const FormCatalog catalog = FormCatalog::load(FormCatalog::builtInDirectory).value();
    ASSERT_GE(catalog.forms().size(), 7);
    for (const FormDefinition &form : catalog.forms()) {
        SCOPED_TRACE(form.id.toStdString());
        openForm(form.id);
        const QImage image = grab(QStringLiteral("form_%1.png").arg(form.id));
        EXPECT_GT(distinctColours(image), 30);
        const QList<ShownText> shown = texts();
        expectReadable(image, shown, QStringLiteral("%1 %2").arg(form.id, form.title.zh));
        // The first field's label: as a column title of a roster, as a label on a form page.
        expectReadable(image, shown, form.fields.first().label.zh);
        if (form.kind == FormKind::Roster)
            expectReadable(image, shown, QStringLiteral("名单还是空的"));
    }
}

TEST_F(AppRenderTest, ASoftWarningOffersAReasonAndTheReasonLetsItBeFinalised)
{
    seedEnrolledSchool();
    startApp({1280, 800});
    openForm(QStringLiteral("S4"));
    FormController *form = m_context->formController();
    const QList<std::pair<QString, QString>> values{
        {"teaching_area", "120"}, // under the usual 200: a warning, not an error
        {"sports_area_outdoor", "12000"},
        {"sports_area_indoor", "0"},
        {"equipment_value", "3600000"},
        {"multimedia_rooms", "36"},
        {"music_rooms", "1"},
        {"music_room_areas", "96"},
        {"art_rooms", "0"},
        {"classes", "36"}};
    for (const auto &[field, text] : values)
        form->setFieldText(field, text);
    ASSERT_TRUE(waitForFrame(m_window));
    EXPECT_TRUE(reasonBoxShown(m_window->contentItem()));
    EXPECT_FALSE(form->finalise());
    const QString errors = form->finaliseErrors().join('\n');
    EXPECT_TRUE(errors.contains(QStringLiteral("保留的原因"))) << qPrintable(errors);
    form->clearFinaliseErrors();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return findText(texts(), QStringLiteral("还不能定稿：有")) == nullptr; }, 3000));

    form->setReason(QStringLiteral("teaching_area"), QStringLiteral("新建校区，目前只有一栋教学楼"));
    ASSERT_TRUE(waitForFrame(m_window));
    const QImage image = grab(QStringLiteral("form_s4_reason.png"));
    const QList<ShownText> shown = texts();
    expectReadable(image, shown, QStringLiteral("新建校区，目前只有一栋教学楼"));
    form->finalise();
    EXPECT_FALSE(form->finaliseErrors().join('\n').contains(QStringLiteral("教学及辅助用房面积")))
        << qPrintable(form->finaliseErrors().join('\n'));
}
