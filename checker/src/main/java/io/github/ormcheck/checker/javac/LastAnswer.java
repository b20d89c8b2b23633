package io.github.ormcheck.checker.javac;

import java.util.function.Function;

/**
 * The answer to a question about one tree, kept until the question is asked about another. Error
 * Prone runs every check on a node before it moves to the next, and visits the calls of a method
 * one after the other, so checks that ask the same question about the same tree in turn share one
 * computation. One entry, compared by identity: nothing is retained beyond the last tree.
 */
public final class LastAnswer<K, V> {
  private K key;
  private V answer;

  /** The answer for {@code key}: the kept one if {@code key} was the last asked about, else computed. */
  public V get(K key, Function<? super K, ? extends V> compute) {
    if (key == null || key != this.key) {
      V computed = compute.apply(key);
      // Stored after computing: a computation that asks this instance about another key is overwritten.
      this.key = key;
      this.answer = computed;
    }
    return answer;
  }
}
