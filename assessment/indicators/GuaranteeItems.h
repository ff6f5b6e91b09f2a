#pragma once

#include "ItemResult.h"
#include "SchoolData.h"
#include "ThresholdProfile.h"

namespace junheng {

// The government-guarantee (DOMAIN §4.2) and education-quality (§4.3) items that school and county
// forms give: per school from S1–S4, per county from C1 and the sums of its schools.
class GuaranteeItems
{
public:
    // Rooms, school size, class size, funding floor, certificates, 360-hour training, rotation, nearby
    // enrolment, migrant children, training spend, charter and digitised management.
    static QList<ItemResult> school(const SchoolData &school, const ThresholdProfile &profile);
    // Pay, special-education funds, place allocation, migrant children (county sum), retention,
    // disability enrolment, monitoring, social recognition, yes/no items with evidence, veto items; and
    // "G_county": fails when any veto item happened.
    static QList<ItemResult> county(const CountyData &county, const ThresholdProfile &profile);

    // Compulsory students of a school (grades 1–9 of S1); empty when a grade is empty.
    static std::optional<int> compulsoryStudents(const SchoolProfileForm &s1);
};

} // namespace junheng
