package io.postwarden.settings;

import io.postwarden.shared.ConflictException;
import io.postwarden.shared.NotFoundException;
import io.postwarden.shared.Versions;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class MailSettingsService {

    private final MailSettingsRepository profiles;

    MailSettingsService(MailSettingsRepository profiles) {
        this.profiles = profiles;
    }

    @Transactional(readOnly = true)
    public Page<MailSettings> list(Pageable pageable) {
        return profiles.findAll(pageable);
    }

    @Transactional(readOnly = true)
    public List<MailSettings> all() {
        return profiles.findAll();
    }

    @Transactional(readOnly = true)
    public MailSettings get(long id) {
        return profiles.findById(id).orElseThrow(() -> new NotFoundException("Mail settings profile", id));
    }

    public MailSettings create(MailSettingsInput input) {
        MailSettingsValues values = input.toValues();
        if (profiles.existsByName(values.name())) {
            throw ConflictException.taken("name", values.name());
        }
        boolean noDefaultYet = profiles.findByDefaultProfileTrue().isEmpty();
        MailSettings created = profiles.save(new MailSettings(values));
        makeDefaultIf(created, input.wantsDefault() || noDefaultYet);
        return created;
    }

    public MailSettings update(long id, MailSettingsInput input) {
        MailSettings profile = get(id);
        Versions.requireCurrent("Mail settings profile " + profile.getName(), input.version(), profile.getVersion());
        MailSettingsValues values = input.toValues();
        profiles.findByName(values.name()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw ConflictException.taken("name", values.name());
        });
        if (profile.isDefaultProfile() && !input.wantsDefault()) {
            throw new ConflictException("Another profile must be made the default first; every mail host without a profile uses it",
                    List.of(new io.postwarden.shared.FieldProblem("defaultProfile", "cannot be cleared on the default profile")));
        }
        profile.apply(values);
        makeDefaultIf(profile, input.wantsDefault());
        return profile;
    }

    public void delete(long id, Long version) {
        MailSettings profile = get(id);
        Versions.requireCurrentIfGiven("Mail settings profile " + profile.getName(), version, profile.getVersion());
        if (profile.isDefaultProfile()) {
            throw new ConflictException("The default profile cannot be deleted; make another profile the default first",
                    List.of(new io.postwarden.shared.FieldProblem("defaultProfile", "is set on this profile")));
        }
        profiles.delete(profile);
    }

    /** The profile of every mail host that names none. */
    @Transactional(readOnly = true)
    public MailSettings defaultProfile() {
        return profiles.findByDefaultProfileTrue()
                .orElseThrow(() -> new NotFoundException("Default mail settings profile", "(none)"));
    }

    private void makeDefaultIf(MailSettings profile, boolean makeDefault) {
        if (!makeDefault) {
            return;
        }
        profiles.findByDefaultProfileTrueAndIdNot(profile.getId()).forEach(other -> other.markDefault(false));
        profile.markDefault(true);
    }
}
