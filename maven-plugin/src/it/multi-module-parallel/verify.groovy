def slurper = new groovy.json.JsonSlurper()
def results = { String module, String mode = 'parallel' ->
  def run = slurper.parse(new File(basedir, module + '/target/ormcheck-' + mode + '.sarif')).runs[0]
  run.results.collect { it.ruleId + ' ' + it.locations[0].physicalLocation.artifactLocation.uri + ':' + it.locations[0].physicalLocation.region.startLine }
}
assert results('orders') == ['EagerToOne src/main/java/shop/Order.java:10',
    'LazyLoadInLoop src/main/java/shop/Reports.java:13', 'QueryInLoop src/main/java/shop/Reports.java:16']
assert results('invoices') == ['EagerToMany src/main/java/shop/Invoice.java:12']
assert results('no-jpa') == []
// No JPA on its class path: nothing compiled for the analysis.
assert !new File(basedir, 'no-jpa/target/ormcheck/javac.args').exists()
assert new File(basedir, 'orders/target/ormcheck/javac.args').exists()
// Nothing to analyse in the pom module.
assert !new File(basedir, 'target/ormcheck-parallel.sarif').exists()
// The serial build found the same, and wrote the same bytes.
['orders', 'invoices', 'no-jpa'].each { module ->
  def serial = new File(basedir, module + '/target/ormcheck-serial.sarif')
  def parallel = new File(basedir, module + '/target/ormcheck-parallel.sarif')
  if (module == 'no-jpa') {
    assert results(module, 'serial') == []
  }
  assert serial.bytes == parallel.bytes : module + ': serial and -T 4 reports differ'
}
def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 4')
