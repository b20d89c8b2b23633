def log = new File(basedir, 'build.log').text
assert log.contains('ormcheck: skipped (ormcheck.skip)')
assert !new File(basedir, 'target/ormcheck.sarif').exists()
