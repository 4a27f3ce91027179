package dev.chatinbox.sdk;

import dev.chatinbox.sdk.internal.Calls;
import dev.chatinbox.sdk.internal.Mapping;
import dev.chatinbox.sdk.internal.generated.api.UsersApi;
import dev.chatinbox.sdk.internal.generated.model.CreateUserRequest;
import dev.chatinbox.sdk.internal.generated.model.UpdateMeRequest;
import dev.chatinbox.sdk.internal.generated.model.UpdateUserRequest;
import dev.chatinbox.sdk.model.NewUser;
import dev.chatinbox.sdk.model.User;
import dev.chatinbox.sdk.model.UserUpdate;
import java.util.List;

/** The team (spec section 7); creating and changing users needs the ADMIN role. */
public final class Users {
  private final UsersApi api;
  private final Calls calls;

  Users(UsersApi api, Calls calls) {
    this.api = api;
    this.calls = calls;
  }

  /** Every user (the list is not paged); inactive ones only when asked. */
  public List<User> list(boolean includeInactive) {
    var out = calls.idempotent(() -> api.listUsers(null, includeInactive, null, null));
    return out.getData().stream().map(Mapping::user).toList();
  }

  public User create(NewUser user) {
    var request =
        new CreateUserRequest()
            .username(user.username())
            .name(user.name())
            .email(user.email())
            .roles(user.roles())
            .subject(user.subject());
    return Mapping.user(calls.once(() -> api.createUser(request)).getData());
  }

  /** Sets your own availability (#18): {@code online}, {@code busy} or {@code offline}. */
  public User setAvailability(String availability) {
    var request =
        new UpdateMeRequest()
            .availability(UpdateMeRequest.AvailabilityEnum.fromValue(availability));
    return Mapping.user(calls.once(() -> api.updateMe(request)).getData());
  }

  public User update(String userId, UserUpdate update) {
    var request =
        new UpdateUserRequest().name(update.name()).roles(update.roles()).active(update.active());
    return Mapping.user(calls.once(() -> api.updateUser(userId, request)).getData());
  }
}
