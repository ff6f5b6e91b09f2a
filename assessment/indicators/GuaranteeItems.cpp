#include "GuaranteeItems.h"

#include "ResourceUnit.h"

#include <QCoreApplication>
#include <cmath>

namespace junheng {

namespace {

QString pct(double ratio)
{
    return QString::number(ratio * 100, 'f', 1) + QLatin1Char('%');
}

ItemResult make(const QString &code, const QString &title, const ThresholdProfile &profile,
                const QString &key)
{
    ItemResult item;
    item.code = code;
    item.title = title;
    item.threshold = profile.get(key);
    return item;
}

// A ratio item: numerator / denominator against a threshold ratio.
ItemResult ratioItem(const QString &code, const QString &title, const ThresholdProfile &profile,
                     const QString &key, std::optional<double> numerator, std::optional<double> denominator,
                     const QStringList &fields, const QString &what)
{
    ItemResult item = make(code, title, profile, key);
    item.unit = QStringLiteral("%");
    QStringList missing;
    if (!numerator)
        missing << fields.value(0);
    if (!denominator)
        missing << fields.value(1);
    missing.removeDuplicates(); // a form missing as a whole is both the numerator's and the denominator's
    if (!missing.isEmpty()) {
        item.missing = missing;
        item.detail = QCoreApplication::translate("GuaranteeItems", "未计算：缺少 %1")
                          .arg(missing.join(QCoreApplication::translate("GuaranteeItems", "、")));
        return item;
    }
    if (*denominator <= 0) {
        item.state = ItemState::NotApplicable;
        item.detail = QCoreApplication::translate("GuaranteeItems", "%1为 0，本项不适用").arg(what);
        return item;
    }
    const double ratio = *numerator / *denominator;
    item.value = ratio;
    item.state = meets(ratio, item.threshold->value) ? ItemState::Pass : ItemState::Fail;
    item.detail = QCoreApplication::translate("GuaranteeItems", "%1 ÷ %2 = %3，要求 ≥ %4")
                      .arg(*numerator)
                      .arg(*denominator)
                      .arg(pct(ratio), pct(item.threshold->value));
    return item;
}

ItemResult roomsItem(const SchoolData &school, const ThresholdProfile &profile, bool music)
{
    const QString what = music ? QCoreApplication::translate("GuaranteeItems", "音乐")
                               : QCoreApplication::translate("GuaranteeItems", "美术");
    ItemResult item =
        make(music ? QStringLiteral("G_music_rooms") : QStringLiteral("G_art_rooms"),
             what + QCoreApplication::translate("GuaranteeItems", "专用教室（每12个班至少1间，面积达标）"),
             profile, music ? QStringLiteral("rooms.music_area") : QStringLiteral("rooms.art_area"));
    item.unit = QCoreApplication::translate("GuaranteeItems", "间");
    if (!school.facilities) {
        item.missing << QStringLiteral("S4");
        item.detail = QCoreApplication::translate("GuaranteeItems", "未计算：缺少 S4 办学条件");
        return item;
    }
    const FacilitiesForm &s4 = *school.facilities;
    std::optional<int> classes = s4.classes;
    if (!classes && school.hasClasses)
        classes = int(school.classes.size());
    const std::optional<int> rooms = music ? s4.musicRooms : s4.artRooms;
    const QList<double> &areas = music ? s4.musicRoomAreas : s4.artRoomAreas;
    if (!classes || !rooms) {
        item.missing << (!classes ? QStringLiteral("S4.classes") : QString())
                     << (!rooms ? (music ? QStringLiteral("S4.music_rooms") : QStringLiteral("S4.art_rooms"))
                                : QString());
        item.missing.removeAll(QString());
        item.detail = QCoreApplication::translate("GuaranteeItems", "未计算：缺少 %1")
                          .arg(item.missing.join(QCoreApplication::translate("GuaranteeItems", "、")));
        return item;
    }
    const int perRooms = int(profile.value("rooms.classes_per_room"));
    const int needed = std::max(1, int(std::ceil(double(*classes) / perRooms)));
    const double minArea = item.threshold->value;
    int smallRooms = 0;
    for (double area : areas)
        if (!meets(area, minArea))
            ++smallRooms;
    item.value = *rooms;
    QStringList problems;
    if (*rooms < needed)
        problems << QCoreApplication::translate("GuaranteeItems",
                                                "%1 个班至少需要 %2 间，现有 %3 间，还差 %4 间")
                        .arg(*classes)
                        .arg(needed)
                        .arg(*rooms)
                        .arg(needed - *rooms);
    if (smallRooms > 0)
        problems << QCoreApplication::translate("GuaranteeItems", "%1 间面积小于 %2 ㎡")
                        .arg(smallRooms)
                        .arg(minArea);
    if (!problems.isEmpty()) {
        item.state = ItemState::Fail;
    } else if (areas.size() < *rooms) {
        item.state = ItemState::NotComputed;
        item.missing << (music ? QStringLiteral("S4.music_room_areas") : QStringLiteral("S4.art_room_areas"));
        problems << QCoreApplication::translate(
                        "GuaranteeItems", "未计算：填了 %1 间但只填了 %2 间的面积，请在 S4 补全每间的面积")
                        .arg(*rooms)
                        .arg(areas.size());
    } else {
        item.state = ItemState::Pass;
    }
    item.detail =
        problems.isEmpty()
            ? QCoreApplication::translate("GuaranteeItems", "%1 个班需 %2 间，现有 %3 间，面积均不小于 %4 ㎡")
                  .arg(*classes)
                  .arg(needed)
                  .arg(*rooms)
                  .arg(minArea)
            : problems.join(QCoreApplication::translate("GuaranteeItems", "；"));
    return item;
}

} // namespace

std::optional<int> GuaranteeItems::compulsoryStudents(const SchoolProfileForm &s1)
{
    int total = 0;
    for (const auto &count : s1.students) {
        if (!count)
            return std::nullopt;
        total += *count;
    }
    return total;
}

QList<ItemResult> GuaranteeItems::school(const SchoolData &school, const ThresholdProfile &profile)
{
    QList<ItemResult> items;
    items << roomsItem(school, profile, true) << roomsItem(school, profile, false);

    const std::optional<SchoolProfileForm> &s1 = school.profile;
    const QString type = s1 ? s1->schoolType : QString();
    const bool oneThrough = type == QLatin1String("nine_year") || type == QLatin1String("twelve_year");
    // A plain int (-1: unknown) keeps GCC 12 from a false "may be used uninitialized" on optional<int>.
    const int studentCount = s1 ? compulsoryStudents(*s1).value_or(-1) : -1;
    const std::optional<int> students = studentCount >= 0 ? std::optional<int>(studentCount) : std::nullopt;

    // School size.
    {
        const QString key = oneThrough ? QStringLiteral("school_size.nine_year")
                            : type == QLatin1String("junior") || type == QLatin1String("complete_secondary")
                                ? QStringLiteral("school_size.junior")
                                : QStringLiteral("school_size.primary");
        ItemResult item =
            make("G_school_size", QCoreApplication::translate("GuaranteeItems", "学校规模"), profile, key);
        item.comparison = QStringLiteral("<=");
        item.unit = QCoreApplication::translate("GuaranteeItems", "人");
        if (!students) {
            item.missing << QCoreApplication::translate("GuaranteeItems", "S1.students_g1…g9");
            item.detail = QCoreApplication::translate("GuaranteeItems", "未计算：缺少 S1 各年级学生数");
        } else {
            item.value = *students;
            item.state = meets(*students, item.threshold->value, "<=") ? ItemState::Pass : ItemState::Fail;
            item.detail =
                QCoreApplication::translate("GuaranteeItems", "义务教育阶段 %1 人，要求不超过 %2 人")
                    .arg(studentCount) // not *students: GCC 12 warns maybe-uninitialized
                    .arg(item.threshold->value);
        }
        items << item;
    }

    // Class size: every class within the limit of its stage.
    {
        ItemResult item = make("G_class_size", QCoreApplication::translate("GuaranteeItems", "班额"), profile,
                               "class_size.primary");
        item.comparison = QStringLiteral("<=");
        item.unit = QCoreApplication::translate("GuaranteeItems", "人");
        if (!school.hasClasses) {
            item.missing << QStringLiteral("S2");
            item.detail = QCoreApplication::translate("GuaranteeItems", "未计算：缺少 S2 班级名册");
        } else {
            const QString system = s1 ? s1->schoolSystem : QString();
            const int lastPrimary = ResourceUnit::gradeRange(Stage::Primary, system).second;
            QStringList over;
            int largest = 0, empty = 0;
            for (const ClassRow &c : school.classes) {
                if (!c.headcount || !c.grade) {
                    ++empty;
                    continue;
                }
                largest = std::max(largest, *c.headcount);
                const bool junior = *c.grade > lastPrimary;
                const double limit = profile.value(junior ? "class_size.junior" : "class_size.primary");
                if (*c.headcount > limit + 1e-9)
                    over << QCoreApplication::translate("GuaranteeItems", "%1年级%2 %3 人（限 %4 人）")
                                .arg(*c.grade)
                                .arg(c.className)
                                .arg(*c.headcount)
                                .arg(limit);
            }
            item.value = largest;
            if (!over.isEmpty()) {
                item.state = ItemState::Fail;
                item.detail = QCoreApplication::translate("GuaranteeItems", "%1 个班超过班额：%2")
                                  .arg(over.size())
                                  .arg(over.join(QCoreApplication::translate("GuaranteeItems", "；")));
            } else if (empty > 0) {
                item.missing << QStringLiteral("S2.headcount");
                item.detail =
                    QCoreApplication::translate("GuaranteeItems", "未计算：%1 个班未填年级或人数").arg(empty);
            } else {
                item.state = ItemState::Pass;
                item.detail = QCoreApplication::translate("GuaranteeItems", "%1 个班，最大班额 %2 人")
                                  .arg(school.classes.size())
                                  .arg(largest);
            }
        }
        items << item;
    }

    // Funding: the public-funds budget covers the per-student norm, small rural schools funded as the floor.
    {
        ItemResult item = make("G_funding",
                               QCoreApplication::translate(
                                   "GuaranteeItems", "公用经费（生均基准定额，小规模学校按最低人数核定）"),
                               profile, "funding.floor_students");
        item.unit = QCoreApplication::translate("GuaranteeItems", "元");
        if (!s1 || !students || !s1->publicFundsBudget) {
            item.missing << (!s1         ? QStringLiteral("S1")
                             : !students ? QCoreApplication::translate("GuaranteeItems", "S1.students_g1…g9")
                                         : QStringLiteral("S1.public_funds_budget"));
            item.detail = QCoreApplication::translate("GuaranteeItems", "未计算：缺少 %1")
                              .arg(item.missing.join(QCoreApplication::translate("GuaranteeItems", "、")));
        } else {
            const auto [p1, p2] = ResourceUnit::gradeRange(Stage::Primary, s1->schoolSystem);
            int primary = 0;
            for (int g = p1; g <= p2; ++g)
                primary += s1->students[g - 1].value_or(0);
            const int junior = studentCount - primary;
            const int floor = int(profile.value("funding.floor_students"));
            const bool small =
                s1->location == QLatin1String("rural") &&
                (type == QLatin1String("primary") || type == QLatin1String("teaching_point")) &&
                studentCount < floor;
            const double funded = small ? floor : primary;
            const double required = funded * profile.value("funding.norm.primary") +
                                    junior * profile.value("funding.norm.junior");
            item.value = *s1->publicFundsBudget;
            // Held against the budget this school needs (yuan), not the floor's student count.
            if (item.threshold) {
                item.threshold->key = QStringLiteral("funding.required");
                item.threshold->value = required;
            }
            item.state = meets(*s1->publicFundsBudget, required) ? ItemState::Pass : ItemState::Fail;
            item.detail = QCoreApplication::translate("GuaranteeItems", "预算 %1 元，应不少于 %2 元（%3）")
                              .arg(*s1->publicFundsBudget, 0, 'f', 0)
                              .arg(required, 0, 'f', 0)
                              .arg(small ? QCoreApplication::translate("GuaranteeItems",
                                                                       "不足 %1 人的乡村小学按 %1 人核定")
                                               .arg(floor)
                                         : QCoreApplication::translate(
                                               "GuaranteeItems", "小学 %1 人 × %2 元，初中 %3 人 × %4 元")
                                               .arg(primary)
                                               .arg(profile.value("funding.norm.primary"))
                                               .arg(junior)
                                               .arg(profile.value("funding.norm.junior")));
            if (item.state == ItemState::Fail)
                item.detail += QCoreApplication::translate("GuaranteeItems", "；还差 %1 元")
                                   .arg(std::ceil(required - *s1->publicFundsBudget), 0, 'f', 0);
        }
        items << item;
    }

    // Teacher items from S3 (full-time teachers).
    std::optional<double> fullTime, certified, trained, eligible, rotated, rotatedBackbone;
    if (school.hasTeachers) {
        fullTime = certified = trained = eligible = rotated = rotatedBackbone = 0;
        const double hours = profile.value("training.hours");
        for (const TeacherRow &t : school.teachers) {
            if (t.fullTime.value_or(false)) {
                *fullTime += 1;
                *certified += t.certificate.value_or(false) ? 1 : 0;
                *trained += t.trainingHours && meets(*t.trainingHours, hours) ? 1 : 0;
            }
            if (t.rotationEligible.value_or(false)) {
                *eligible += 1;
                if (t.rotated.value_or(false)) {
                    *rotated += 1;
                    *rotatedBackbone += countyBackbone(t.backbone) ? 1 : 0;
                }
            }
        }
    }
    items << ratioItem("G_certificate", QCoreApplication::translate("GuaranteeItems", "教师持证上岗率"),
                       profile, "certificate.rate", certified, fullTime, {"S3", "S3"},
                       QCoreApplication::translate("GuaranteeItems", "专任教师数"));
    items << ratioItem("G_training_360",
                       QCoreApplication::translate("GuaranteeItems", "5年360学时培训完成率"), profile,
                       "training.completion", trained, fullTime, {"S3", "S3"},
                       QCoreApplication::translate("GuaranteeItems", "专任教师数"));
    items << ratioItem("G_rotation", QCoreApplication::translate("GuaranteeItems", "教师交流轮岗比例"),
                       profile, "rotation.rate", rotated, eligible, {"S3", "S3"},
                       QCoreApplication::translate("GuaranteeItems", "符合交流条件的教师数"));
    items << ratioItem("G_rotation_backbone",
                       QCoreApplication::translate("GuaranteeItems", "交流轮岗教师中骨干教师比例"), profile,
                       "rotation.backbone_rate", rotatedBackbone, rotated, {"S3", "S3"},
                       QCoreApplication::translate("GuaranteeItems", "交流轮岗教师数"));

    // Nearby zoned enrolment: public, non-boarding schools in 城区/镇区 only.
    {
        const bool junior = type == QLatin1String("junior") || type == QLatin1String("complete_secondary");
        const QString key = junior ? QStringLiteral("zoned.junior") : QStringLiteral("zoned.primary");
        if (s1 && (s1->ownership != QLatin1String("public") || s1->boarding.value_or(false) ||
                   s1->location == QLatin1String("rural"))) {
            ItemResult item = make(
                "G_zoned", QCoreApplication::translate("GuaranteeItems", "就近划片入学比例"), profile, key);
            item.state = ItemState::NotApplicable;
            item.detail = QCoreApplication::translate("GuaranteeItems", "只适用于城区和镇区的公办非寄宿学校");
            items << item;
        } else {
            std::optional<double> zoned, entrants;
            if (s1 && s1->newEntrantsZoned)
                zoned = *s1->newEntrantsZoned;
            if (s1 && s1->newEntrants)
                entrants = *s1->newEntrants;
            items << ratioItem("G_zoned", QCoreApplication::translate("GuaranteeItems", "就近划片入学比例"),
                               profile, key, zoned, entrants, {"S1.new_entrants_zoned", "S1.new_entrants"},
                               QCoreApplication::translate("GuaranteeItems", "新生数"));
        }
    }
    {
        std::optional<double> inPublic, total;
        if (s1 && s1->migrantPublic)
            inPublic = *s1->migrantPublic;
        if (s1 && s1->migrantTotal)
            total = *s1->migrantTotal;
        items << ratioItem(
            "G_migrant",
            QCoreApplication::translate("GuaranteeItems", "随迁子女在公办学校和政府购买学位就读比例"),
            profile, "migrant_public", inPublic, total, {"S1.migrant_public", "S1.migrant_total"},
            QCoreApplication::translate("GuaranteeItems", "随迁子女数"));
    }
    items << ratioItem(
        "Q_training_spend", QCoreApplication::translate("GuaranteeItems", "教师培训经费占公用经费预算比例"),
        profile, "training_spend", s1 ? s1->trainingSpend : std::nullopt,
        s1 ? s1->publicFundsBudget : std::nullopt, {"S1.training_spend", "S1.public_funds_budget"},
        QCoreApplication::translate("GuaranteeItems", "公用经费预算"));

    // Charter and digitised management (yes/no).
    {
        ItemResult item;
        item.code = QStringLiteral("Q_charter");
        item.title = QCoreApplication::translate("GuaranteeItems", "学校章程与管理信息化");
        if (!s1 || !s1->hasCharter || !s1->digitised) {
            if (!s1 || !s1->hasCharter)
                item.missing << QStringLiteral("S1.has_charter");
            if (!s1 || !s1->digitised)
                item.missing << QStringLiteral("S1.digitised");
            item.detail = QCoreApplication::translate("GuaranteeItems", "未计算：缺少 %1")
                              .arg(item.missing.join(QCoreApplication::translate("GuaranteeItems", "、")));
        } else {
            item.state = *s1->hasCharter && *s1->digitised ? ItemState::Pass : ItemState::Fail;
            item.detail = QCoreApplication::translate("GuaranteeItems", "章程：%1；管理与教学信息化：%2")
                              .arg(*s1->hasCharter ? QCoreApplication::translate("GuaranteeItems", "已制定")
                                                   : QCoreApplication::translate("GuaranteeItems", "未制定"),
                                   *s1->digitised ? QCoreApplication::translate("GuaranteeItems", "已实现")
                                                  : QCoreApplication::translate("GuaranteeItems", "未实现"));
        }
        items << item;
    }
    return items;
}

} // namespace junheng
