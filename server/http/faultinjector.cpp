#include "faultinjector.h"

#include "../serveroptions.h"

FaultInjector::FaultInjector(const ServerOptions &options)
    : m_random(options.faultSeed)
    , m_rate5xx(options.fault5xx)
    , m_rateTruncate(options.faultTruncate)
    , m_rateMalformed(options.faultMalformed)
    , m_latencyMs(options.faultLatencyMs)
{ }
