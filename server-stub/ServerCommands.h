#pragma once

#include "ServerConfig.h"

namespace junheng::server {

// The commands of junheng-server (serve, init-demo, issue-code, list-schools,
// revoke-device). Each returns the exit
// code: 0 ok, 1 runtime error, 2 usage error. stdout carries only what scripts read; messages go to stderr.
class ServerCommands
{
public:
    static int run(const ServerConfig &config);

private:
    static int serve(const ServerConfig &config);
    static int initDemo(const ServerConfig &config);
    static int issueCode(const ServerConfig &config);
    static int listSchools(const ServerConfig &config);
    static int revokeDevice(const ServerConfig &config);
};

} // namespace junheng::server
