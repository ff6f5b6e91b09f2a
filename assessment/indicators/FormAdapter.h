#pragma once

#include "SchoolData.h"
#include "StudentFitness.h"
#include "StudentScreening.h"

#include <QJsonObject>

namespace junheng {

// Turns form payloads (docs/form-fields.md) into the engine's typed inputs. An absent form stays an empty
// optional (or hasClasses/hasTeachers false) and an empty field an empty optional, so the engine says
// "not computed: missing …" instead of computing with a zero.
class FormAdapter
{
public:
    static SchoolProfileForm schoolProfile(const QJsonObject &s1);
    static FacilitiesForm facilities(const QJsonObject &s4);
    static ClassRow classRow(const QJsonObject &s2);
    static TeacherRow teacher(const QJsonObject &s3);
    static CountyForm county(const QJsonObject &c1);
    static StudentFitness fitness(const QJsonObject &s6);
    static StudentScreening screening(const QJsonObject &s5);

    // A school from its records: s1/s4 may be null (form missing); s2/s3 rows (nullptr: form missing).
    static SchoolData school(const QString &code, const QString &name, const QString &town,
                             const QJsonObject *s1, const QJsonObject *s4, const QList<QJsonObject> *s2,
                             const QList<QJsonObject> *s3);

    static std::optional<double> number(const QJsonObject &payload, const QString &key);
    static std::optional<int> integer(const QJsonObject &payload, const QString &key);
    static std::optional<bool> boolean(const QJsonObject &payload, const QString &key);
};

} // namespace junheng
