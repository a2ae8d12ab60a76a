package dev.folderalbums.immich;

import dev.folderalbums.immich.generated.invoker.ApiException;

/**
 * A call to a generated API method, for {@link ImmichClient#call(ImmichCall)}, which turns the checked
 * {@link ApiException} the generated signatures declare into the unchecked
 * {@link dev.folderalbums.immich.error.ImmichException} hierarchy.
 *
 * @param <T> the call's result
 */
@FunctionalInterface
public interface ImmichCall<T> {
  /**
   * @return the result
   * @throws ApiException as the generated code declares
   */
  T call() throws ApiException;
}
