package io.github.ormcheck.corpus.shop.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The courier's API over HTTP: the only {@link OrderConfirmations.Courier} in this module, so
 * RemoteCallInTransaction follows calls through the interface into it.
 */
public class HttpCourier implements OrderConfirmations.Courier {
  private final HttpClient http;
  private final URI api;

  public HttpCourier(HttpClient http, URI api) {
    this.http = http;
    this.api = api;
  }

  @Override
  public void requestPickup(long orderId) {
    post("/pickups/" + orderId);
  }

  @Override
  public void cancelPickup(long orderId) {
    post("/pickups/" + orderId + "/cancel");
  }

  private void post(String path) {
    try {
      http.send(
          HttpRequest.newBuilder(api.resolve(path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
