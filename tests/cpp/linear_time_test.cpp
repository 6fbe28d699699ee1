// Linear time on any input: each pass run on adversarial shapes of text at n and at 16n bytes
// does at most ~21 times the work (16 for linear time, a little more for n log n; a quadratic
// pass does 256). Work is counted in instructions the thread retires (the kernel's counter:
// deterministic, no wall clock); where the kernel gives no counter, in the thread's CPU time,
// the best of three runs, with a wider margin.

#include <gtest/gtest.h>
#include <linux/perf_event.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

#include "hrtext/citations.hpp"
#include "hrtext/dates.hpp"
#include "hrtext/document.hpp"
#include "hrtext/entities.hpp"
#include "hrtext/signatories.hpp"

namespace hrtext {
namespace {

class WorkCounter {
 public:
  WorkCounter() {
    perf_event_attr attr{};
    attr.type = PERF_TYPE_HARDWARE;
    attr.size = sizeof(attr);
    attr.config = PERF_COUNT_HW_INSTRUCTIONS;
    attr.disabled = 1;
    attr.exclude_kernel = 1;
    attr.exclude_hv = 1;
    fd_ = static_cast<int>(syscall(SYS_perf_event_open, &attr, 0, -1, -1, 0));
  }
  ~WorkCounter() {
    if (fd_ >= 0) close(fd_);
  }
  WorkCounter(const WorkCounter&) = delete;
  WorkCounter& operator=(const WorkCounter&) = delete;

  bool counts_instructions() const { return fd_ >= 0; }

  // The work `run` does: instructions, or nanoseconds of the thread's CPU time (best of three).
  double work(const std::function<void()>& run) const {
    if (fd_ >= 0) {
      ioctl(fd_, PERF_EVENT_IOC_RESET, 0);
      ioctl(fd_, PERF_EVENT_IOC_ENABLE, 0);
      run();
      ioctl(fd_, PERF_EVENT_IOC_DISABLE, 0);
      std::uint64_t instructions = 0;
      if (read(fd_, &instructions, sizeof instructions) != sizeof instructions) return 0;
      return static_cast<double>(instructions);
    }
    double best = 0;
    for (int attempt = 0; attempt < 3; ++attempt) {
      const double start = thread_nanoseconds();
      run();
      const double spent = thread_nanoseconds() - start;
      best = attempt == 0 ? spent : std::min(best, spent);
    }
    return best;
  }

 private:
  static double thread_nanoseconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e9 + static_cast<double>(now.tv_nsec);
  }

  int fd_ = -1;
};

// `unit` repeated to `bytes` (whole units).
std::string repeated(const std::string& unit, std::size_t bytes) {
  std::string out;
  out.reserve(bytes + unit.size());
  while (out.size() < bytes) out += unit;
  return out;
}

struct Shape {
  const char* name;
  std::function<std::string(std::size_t)> text;
};

// The shapes that made passes quadratic before, and the keywords each pass reacts to.
const std::vector<Shape>& shapes() {
  static const std::vector<Shape> all = {
      {"one character", [](std::size_t n) { return std::string(n, 'a'); }},
      {"one long line of mentions",
       [](std::size_t n) {
         return repeated("Amnesty International urged China on 3 May 2019 under article 19 of the ICCPR and "
                         "resolution 37/23 (A/HRC/RES/37/23), ",
                         n);
       }},
      {"short lines", [](std::size_t n) { return repeated("FIDH\n", n); }},
      {"numbered list",
       [](std::size_t n) { return repeated("1990. Amnesty International\n1991. Human Rights Watch\n", n); }},
      {"nested brackets", [](std::size_t n) { return std::string(n / 2, '(') + std::string(n / 2, ')'); }},
      {"empty lists", [](std::size_t n) { return repeated("Signatories:\n", n); }},
      {"articles without instruments", [](std::size_t n) { return repeated("article 5, ", n); }},
      {"resolutions", [](std::size_t n) { return repeated("resolution 12/3 and ", n); }},
      {"years", [](std::size_t n) { return repeated("2019 ", n); }},
      {"blank lines", [](std::size_t n) { return std::string(n, '\n'); }},
      {"table rows", [](std::size_t n) { return repeated("| Amnesty International | London |\n", n); }},
      {"signing sentences",
       [](std::size_t n) { return repeated("The letter was signed by FIDH, CIVICUS and Front Line Defenders. ", n); }},
  };
  return all;
}

struct Pass {
  const char* name;
  std::function<void(const Document&)> run;
};

TEST(LinearTime, EveryPassDoesAboutSixteenTimesTheWorkOnSixteenTimesTheText) {
  const EntityExtractor entities = EntityExtractor::compile();
  const DateExtractor dates = DateExtractor::compile();
  const CitationExtractor citations = CitationExtractor::compile();
  const SignatoryExtractor signatories = SignatoryExtractor::compile();
  const std::vector<Pass> passes = {
      {"paragraphs and sentences", [](const Document& d) { (void)d.sentences(); }},
      {"entities", [&](const Document& d) { (void)entities.extract(d); }},
      {"dates", [&](const Document& d) { (void)dates.extract(d); }},
      {"citations", [&](const Document& d) { (void)citations.extract(d); }},
      {"signatories", [&](const Document& d) { (void)signatories.extract(d, entities); }},
  };
  const WorkCounter counter;
  // n log n is 20.6 times at these sizes; a quadratic pass, 256. Time measured has its noise.
  const double most = counter.counts_instructions() ? 21 : 32;
  constexpr std::size_t kSmall = 16 * 1024;
  constexpr std::size_t kLarge = 16 * kSmall;
  for (const Shape& shape : shapes()) {
    const std::string small_text = shape.text(kSmall);
    const std::string large_text = shape.text(kLarge);
    const double building =
        counter.work([&] { (void)Document::from_utf8(large_text); }) / counter.work([&] { (void)Document::from_utf8(small_text); });
    EXPECT_LE(building, most) << "building the document of " << shape.name;
    const Document small = Document::from_utf8(small_text);
    const Document large = Document::from_utf8(large_text);
    for (const Pass& pass : passes) {
      // Each pass once first: what a pass computes once for a document (sentences) is not its work.
      pass.run(small);
      pass.run(large);
      const double ratio = counter.work([&] { pass.run(large); }) / counter.work([&] { pass.run(small); });
      EXPECT_LE(ratio, most) << pass.name << " on " << shape.name << ": " << ratio << " times the work";
    }
  }
}

}  // namespace
}  // namespace hrtext
