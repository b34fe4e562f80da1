import { randomUUID } from 'node:crypto';
import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { OrganizationRepository, type OrganizationEntity } from '@gov/persistence';
import type { Principal } from '../auth/principal.js';
import { isUniqueViolation } from '../common/database-errors.js';
import { assertChanges } from '../common/validation.js';
import type { CreateOrganizationDto, OrganizationPageView, OrganizationView, UpdateOrganizationDto } from './organization.dto.js';

@Injectable()
export class OrganizationsService {
  constructor(@Inject(OrganizationRepository) private readonly organizations: OrganizationRepository) {}

  async create(dto: CreateOrganizationDto): Promise<OrganizationView> {
    try {
      return view(await this.organizations.insert({ id: randomUUID(), name: dto.name, type: dto.type }));
    } catch (err) {
      if (isUniqueViolation(err)) throw new ConflictException(`An organization named '${dto.name}' already exists.`);
      throw err;
    }
  }

  /** Contact persons see only their own organization. */
  async list(principal: Principal, limit = 20, offset = 0): Promise<OrganizationPageView> {
    const onlyOwn = principal.role === 'contact_person' ? principal.organizationId! : undefined;
    const [rows, total] = await this.organizations.list(limit, offset, onlyOwn);
    return { items: rows.map(view), total, limit, offset };
  }

  async get(principal: Principal, id: string): Promise<OrganizationView> {
    return view(await this.visible(principal, id));
  }

  async update(id: string, dto: UpdateOrganizationDto): Promise<OrganizationView> {
    assertChanges(dto);
    if (!(await this.organizations.findById(id))) throw notFound(id);
    try {
      return view(await this.organizations.update(id, dto));
    } catch (err) {
      if (isUniqueViolation(err)) throw new ConflictException(`An organization named '${dto.name}' already exists.`);
      throw err;
    }
  }

  async remove(id: string): Promise<void> {
    if (!(await this.organizations.findById(id))) throw notFound(id);
    const members = await this.organizations.countPersons(id);
    if (members > 0) throw new ConflictException(`The organization still has ${members} person(s); move or remove them first.`);
    await this.organizations.delete(id);
  }

  /** 404, not 403, for another organization: a contact person cannot even learn that it exists. */
  private async visible(principal: Principal, id: string): Promise<OrganizationEntity> {
    if (principal.role === 'contact_person' && principal.organizationId !== id) throw notFound(id);
    const org = await this.organizations.findById(id);
    if (!org) throw notFound(id);
    return org;
  }
}

function notFound(id: string) {
  return new NotFoundException(`Organization ${id} not found`);
}

function view(o: OrganizationEntity): OrganizationView {
  return { id: o.id, name: o.name, type: o.type, createdAt: o.createdAt.toISOString(), updatedAt: o.updatedAt.toISOString() };
}
