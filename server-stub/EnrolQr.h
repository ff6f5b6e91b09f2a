#pragma once

#include "EnrolLink.h"
#include "Result.h"
#include "ServerConfig.h"

namespace junheng::server {

// issue-code --qr/--url: the enrolment link for a code (the server's address as devices reach it, the
// code, the self-signed certificate's fingerprint), shown on the terminal as a QR code and the link, and
// written as a PNG when asked.
Result<protocol::EnrolLink> enrolLink(const ServerConfig &config, const QString &code);
int showEnrolLink(const ServerConfig &config, const protocol::EnrolLink &link);

} // namespace junheng::server
