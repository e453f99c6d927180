package dev.kefu.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.archive.lifecycle.DealStatus;
import dev.kefu.archive.lifecycle.NotebookEntry;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.privacy.MobileNumber;
import dev.kefu.core.privacy.PersonName;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 18: archive types never print customer names, addresses or contacts in toString. */
class PersonalDataTest {

    @Test
    @DisplayName("ARC-18 issue 18: planted name, address and phone never appear in the toString of archive values")
    void planted_personal_data_not_printed() {
        String name = "张三丰";
        String phone = "13812345678";
        String address = "上海市浦东新区某路 1 号";
        Contact contact = ImmutableContact.builder().name(PersonName.of(name)).role("buyer").mobile(MobileNumber.of(phone)).build();
        CustomerArchive archive = Fixtures.archive("C1").name(name + "贸易公司").address(address).contacts(List.of(contact)).build();
        CustomerTouch touch = new CustomerTouch(CustomerTouch.Kind.COMPLAINT, Instant.EPOCH, Optional.of(address), List.of(name));
        NotebookEntry note = new NotebookEntry(EmployeeId.of("rep"), CustomerId.of("C1"), name + " " + phone, Instant.EPOCH,
                DealStatus.NO_DEAL, Optional.empty(), address, Optional.of(name + " refused"), Instant.EPOCH);
        for (Object o : List.of(contact, archive, touch, note, archive.basicData())) {
            assertThat(o.toString()).as(o.getClass().getSimpleName()).doesNotContain(name).doesNotContain(phone).doesNotContain(address);
        }
    }
}
