package shop;

public class Plain {
  int answer() {
    return 42;
  }
}
