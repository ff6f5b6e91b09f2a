#pragma once

#include "Result.h"

#include <QString>
#include <QUrl>

namespace junheng::protocol {

// What an enrolment QR code holds (docs/protocol.md, "Enrolment"):
//   junheng://enrol?server=https://host:port&code=K7QM-3XPD&fp=<sha256 of the server certificate>
// `fp` (64 hex digits, or the AB:CD:… form) is there when the server's certificate is self-signed; the
// device then accepts exactly that certificate.
struct EnrolLink
{
    QUrl server;
    QString code;
    QString fingerprint; // lower-case hex, empty when not given

    QString toString() const;
    // Accepts the link with spaces or line breaks around it; says in Chinese what is wrong otherwise.
    static Result<EnrolLink> parse(const QString &text);
};

} // namespace junheng::protocol
