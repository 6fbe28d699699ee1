#include <hrtext/hrtext.hpp>
#include <iostream>

int main() {
  const hrtext::Analyzer analyzer;  // compiled once; share it between threads
  const hrtext::Analysis analysis = analyzer.analyze("Signatories:\nAmnesty International\nHuman Rights Watch\n");
  for (const hrtext::Signatory& s : analysis.signatories) std::cout << s.name << '\n';
  const hrtext::Analysis letters[] = {analysis};
  const hrtext::Network network = hrtext::Network::build(letters);
  std::cout << network.node_count() << " organisations\n";
}
