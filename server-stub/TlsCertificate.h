#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace junheng::server {

// The server's TLS certificate when none is given: a self-signed one (EC P-256, ten years) made with
// OpenSSL on the first run in the data directory and reused after. Devices pin its SHA-256 fingerprint
// at enrolment, so "self-signed" does not mean "unchecked".
class TlsCertificate
{
public:
    // Makes certificateFile and keyFile (the key readable by the owner only) unless both exist.
    // `hosts` go into the subjectAltName (IP addresses as IP, names as DNS). created: whether it made them.
    static Status ensureSelfSigned(const QString &certificateFile, const QString &keyFile,
                                   const QStringList &hosts, bool *created = nullptr);
    // SHA-256 of the first certificate's DER, upper-case hex pairs joined by ':' (as openssl x509
    // -fingerprint).
    static Result<QString> fingerprint(const QString &certificateFile);
};

} // namespace junheng::server
